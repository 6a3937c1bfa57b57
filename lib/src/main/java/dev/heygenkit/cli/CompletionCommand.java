package dev.heygenkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heygen completion bash|zsh}: prints a completion script to source from the shell's rc file. */
@Command(name = "completion", description = "Print a bash or zsh completion script.",
        footer = {"", "Examples:", "  source <(heygen completion bash)", "  heygen completion zsh > ~/.zfunc/_heygen"})
final class CompletionCommand extends Base {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.", defaultValue = "bash")
    Shell shell;

    /** The shells a script can be printed for. */
    enum Shell { bash, zsh }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("heygen", spec.root().commandLine());
        if (shell == Shell.zsh) {
            // picocli's script runs under zsh once bash-style completion is loaded.
            io().out().println("autoload -U +X compinit && compinit");
            io().out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        io().out().print(script);
        io().out().flush();
        return Main.OK;
    }
}
