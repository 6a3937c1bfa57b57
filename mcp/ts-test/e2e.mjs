// End-to-end test of heygen-mcp with the official TypeScript MCP SDK as the client, started exactly as a user's
// client starts it: `./jbang heygen-mcp` over stdio with HEYGEN_SANDBOX=1. McpTypeScriptClientTest runs it from Maven.
//   node e2e.mjs <repo root> <empty folder for downloads>
// Fails (exit 1) on any failed check, any protocol error, or any byte on stdout that is not a JSON-RPC message.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { spawn } from 'node:child_process';
import path from 'node:path';

const [repo, folder] = process.argv.slice(2);
if (!repo || !folder) {
  console.error('usage: node e2e.mjs <repo root> <folder>');
  process.exit(2);
}
const TOOLS = ['list_avatar_looks', 'get_avatar_look', 'list_voices', 'create_speech', 'check_avatar_video',
  'create_avatar_video', 'get_video', 'wait_for_video', 'list_videos', 'delete_video', 'download_video', 'get_quota'];
const launcher = path.join(repo, 'jbang');
const serverArgs = ['heygen-mcp', '--folder', folder];
const env = { ...process.env, HEYGEN_SANDBOX: '1' };
let passed = 0;
const failures = [];

function check(what, condition, detail = '') {
  if (condition) {
    passed++;
    console.log(`ok   ${what}`);
  } else {
    failures.push(what);
    console.log(`FAIL ${what} ${detail}`);
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function throughTheSdk() {
  const protocolErrors = [];
  let stderr = '';
  const transport = new StdioClientTransport({ command: launcher, args: serverArgs, cwd: repo, env, stderr: 'pipe' });
  transport.stderr.on('data', chunk => { stderr += chunk; });
  const client = new Client({ name: 'heygen-mcp-e2e', version: '1.0.0' });
  client.onerror = error => protocolErrors.push(error);
  try {
    await client.connect(transport, { timeout: 180_000 });
    check('initialize names the server', client.getServerVersion()?.name === 'heygen-kit', JSON.stringify(client.getServerVersion()));
    check('instructions say it is the sandbox', /offline sandbox/.test(client.getInstructions() ?? ''));

    const { tools } = await client.listTools();
    check('lists every tool', JSON.stringify(tools.map(t => t.name)) === JSON.stringify(TOOLS), tools.map(t => t.name).join(','));
    const ajv = new AjvJsonSchemaValidator();
    for (const tool of tools) {
      let compiled = false;
      try {
        ajv.getValidator(tool.inputSchema);
        ajv.getValidator(tool.outputSchema);
        compiled = tool.inputSchema.type === 'object' && tool.outputSchema?.type === 'object';
      } catch (e) {
        console.log(`     ${tool.name}: ${e.message}`);
      }
      check(`${tool.name}: input and output schemas are valid JSON Schema`, compiled);
      check(`${tool.name}: annotations present`, typeof tool.annotations?.readOnlyHint === 'boolean');
    }
    const inputOf = name => ajv.getValidator(tools.find(t => t.name === name).inputSchema);
    check('create_avatar_video schema accepts a plain request', inputOf('create_avatar_video')({ avatar_id: 'anna', script: 'Hi' }).valid);
    check('create_avatar_video schema refuses an unknown argument', !inputOf('create_avatar_video')({ avatar: 'anna' }).valid);

    // callTool validates structuredContent against each tool's outputSchema itself.
    const looks = await client.callTool({ name: 'list_avatar_looks', arguments: { limit: 3 } });
    check('list_avatar_looks answers from the sandbox', !looks.isError && looks.structuredContent?.sandbox === true);
    check('list_avatar_looks lists 3 looks', looks.structuredContent?.looks?.length === 3);
    const lookId = looks.structuredContent.looks[0].look_id;

    const created = await client.callTool({ name: 'create_avatar_video',
      arguments: { avatar_id: lookId, script: 'Hello from the TypeScript SDK.', title: 'ts e2e' } });
    const videoId = created.structuredContent?.video_id;
    check('create_avatar_video returns a video_id at once', !created.isError && typeof videoId === 'string', JSON.stringify(created));

    let status;
    for (let i = 0; i < 240 && status !== 'completed' && status !== 'failed'; i++) {
      const got = await client.callTool({ name: 'get_video', arguments: { video_id: videoId } });
      status = got.structuredContent?.video?.status;
      if (status === 'completed') {
        check('get_video gives the video_url when completed', /^http:\/\/127\.0\.0\.1:/.test(got.structuredContent.video.video_url ?? ''));
      } else {
        await sleep(250);
      }
    }
    check('get_video reaches completed', status === 'completed', String(status));

    const listed = await client.callTool({ name: 'list_videos', arguments: { limit: 20 } });
    check('list_videos includes it', listed.structuredContent?.videos?.some(v => v.video_id === videoId));
    const deleted = await client.callTool({ name: 'delete_video', arguments: { video_id: videoId } });
    check('delete_video deletes it', deleted.structuredContent?.deleted === true);

    const bad = await client.callTool({ name: 'get_avatar_look', arguments: { look_id: 'no_such_look' } });
    const error = bad.isError ? JSON.parse(bad.content[0].text).error : undefined;
    check('a bad call is a tool error with message and hint', bad.isError === true && !!error?.message && !!error?.hint, JSON.stringify(bad));
    const wrongType = await client.callTool({ name: 'list_voices', arguments: { limit: 'ten' } });
    check('a wrongly typed argument is a tool error', wrongType.isError === true
      && JSON.parse(wrongType.content[0].text).error.code === 'invalid_argument');
  } finally {
    await client.close();
  }
  check('no protocol errors', protocolErrors.length === 0, protocolErrors.map(String).join('; '));
  check('stderr says it is the sandbox', /offline sandbox/.test(stderr), stderr.slice(-2000));
}

// The same launcher driven byte by byte: every stdout line must be a JSON-RPC message, every request must be answered
// even though stdin closes right after the last one, and the process must exit 0.
function rawStdout() {
  return new Promise(resolve => {
    const child = spawn(launcher, serverArgs, { cwd: repo, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', c => chunks.push(c));
    child.stderr.on('data', () => {});
    child.on('close', code => resolve({ code, out: Buffer.concat(chunks).toString('utf8') }));
    const send = m => child.stdin.write(JSON.stringify(m) + '\n');
    send({ jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'list_voices', arguments: { limit: 2 } } });
    send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get_video', arguments: { video_id: 'nope' } } });
    child.stdin.end();
  });
}

async function main() {
  const t0 = Date.now();
  await throughTheSdk();
  const raw = await rawStdout();
  check('the server exits 0 when stdin closes', raw.code === 0, String(raw.code));
  check('stdout ends with a complete line', raw.out.endsWith('\n'));
  const lines = raw.out.split('\n').filter(l => l.length > 0);
  const ids = [];
  let allJsonRpc = true;
  for (const line of lines) {
    try {
      const m = JSON.parse(line);
      allJsonRpc &&= m.jsonrpc === '2.0';
      if (m.id !== undefined) ids.push(m.id);
    } catch {
      allJsonRpc = false;
      console.log(`     not JSON on stdout: ${line.slice(0, 200)}`);
    }
  }
  check('every stdout line is a JSON-RPC message', allJsonRpc && lines.length > 0);
  check('every request got its answer before exit', JSON.stringify(ids.sort()) === '[1,2,3]', JSON.stringify(ids));
  console.log(`\n${passed} passed, ${failures.length} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch(e => {
  console.log(`FAIL unexpected error: ${e?.stack ?? e}`);
  console.log(`\n${passed} passed, ${failures.length + 1} failed`);
  process.exit(1);
});
