package dev.heygenkit.notebook;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One running kernel seen through reflection. IJava, JJava and the kit's kernel share the same shape (a renderer with
 * {@code createRegistration}, {@code DisplayData}, {@code display}, {@code getIO().display}), only in different packages.
 */
final class KernelBridge {
    private final Object kernel;

    KernelBridge(Object kernel) {
        this.kernel = kernel;
    }

    /** The kernel a static accessor returns, or null when the class is absent, the kernel is not running, or it fails. */
    static Object lookup(String className, String accessor, List<ClassLoader> loaders) {
        for (ClassLoader loader : loaders) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            try {
                Method method = type.getMethod(accessor);
                return method.invoke(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Identifies the cell running now: this kernel and its execution counter (basekernel, IJava and JJava keep one in
     * a field {@code executionCount}), or null when the kernel has no readable counter.
     */
    Object cellKey() {
        for (Class<?> type = kernel.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("executionCount");
                field.setAccessible(true);
                Object count = field.get(kernel);
                if (count instanceof Number number) {
                    return new Cell(kernel, number.longValue());
                }
                return null;
            } catch (NoSuchFieldException e) {
                // look further up
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    Object renderer() throws ReflectiveOperationException {
        return call(kernel, "getRenderer");
    }

    /** Registers a render function for a type that fills the output with the bundle the function returns. */
    void register(Object renderer, Class<?> type, Function<Object, Map<String, Object>> bundler)
            throws ReflectiveOperationException {
        Object registration = call(renderer, "createRegistration", type);
        registration = call(registration, "preferring", (Object) new String[]{"text/html", "image/png"});
        registration = call(registration, "supporting", (Object) new String[]{"text/html", "image/png", "text/plain"});
        Method register = method(registration.getClass(), "register", 1);
        Class<?> functionType = register.getParameterTypes()[0];
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "render" -> {
                render(args[0], args[1], bundler);
                yield null;
            }
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "heygen-kit renderer for " + type.getName();
            default -> throw new UnsupportedOperationException(method.getName());
        };
        Object function = Proxy.newProxyInstance(functionType.getClassLoader(), new Class<?>[]{functionType}, handler);
        invoke(register, registration, function);
    }

    /** Renders a value with the kernel's renderer and shows it under a fresh display id, which it returns. */
    String display(Object value) throws ReflectiveOperationException {
        Object data = call(renderer(), "render", value);
        String id = UUID.randomUUID().toString();
        call(data, "setDisplayId", id);
        invoke(method(kernel.getClass(), "display", 1), kernel, data);
        return id;
    }

    /** Replaces what a display id shows. */
    void update(String id, Object value) throws ReflectiveOperationException {
        Object data = call(renderer(), "render", value);
        Object io = call(kernel, "getIO");
        Object stream = io.getClass().getField("display").get(io);
        Method update = null;
        for (Method m : stream.getClass().getMethods()) {
            if (m.getName().equals("updateDisplay") && m.getParameterCount() == 2
                    && m.getParameterTypes()[0] == String.class) {
                update = m;
            }
        }
        if (update == null) {
            throw new NoSuchMethodException(stream.getClass().getName() + ".updateDisplay(String, DisplayData)");
        }
        invoke(update, stream, id, data);
    }

    @Override
    public String toString() {
        return kernel.getClass().getName();
    }

    /** A kernel (compared by identity: kernels do not override equals) and its execution count. */
    private record Cell(Object kernel, long count) {
    }

    private static void render(Object value, Object context, Function<Object, Map<String, Object>> bundler) {
        try {
            fill(call(context, "getOutputContainer"), bundler.apply(value));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The kernel still shows text/plain; a rendering hiccup must not fail the user's cell.
            System.getLogger(KernelBridge.class.getName()).log(System.Logger.Level.DEBUG, "rendering failed", e);
        }
    }

    private static void fill(Object output, Map<String, Object> bundle) throws ReflectiveOperationException {
        Method put = output.getClass().getMethod("putData", String.class, Object.class);
        for (Map.Entry<String, Object> e : bundle.entrySet()) {
            invoke(put, output, e.getKey(), e.getValue());
        }
    }

    /** Calls the public method of that name whose parameters accept the arguments. */
    private static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                return invoke(m, target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Method method(Class<?> type, String name, int parameters) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == parameters) {
                return m;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static Object invoke(Method method, Object target, Object... args) throws ReflectiveOperationException {
        try {
            // Kernel classes can be public types nested in non-public ones; the method itself is public.
            method.setAccessible(true);
        } catch (RuntimeException ignored) {
            // a module boundary: try the plain call
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
