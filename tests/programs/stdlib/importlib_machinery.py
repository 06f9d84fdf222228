# importlib is the import system: specs, loaders, finders on sys.meta_path, path hooks, reloading,
# and the bytecode cache, with CPython's behaviour.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

print(importlib.machinery.BuiltinImporter in sys.meta_path,
      importlib.machinery.PathFinder in sys.meta_path)
print(type(sys.path_hooks[-1]).__name__ if sys.path_hooks else None)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)

import json
print(type(json.__loader__).__name__, json.__spec__.name, json.__spec__.parent,
      json.__spec__.submodule_search_locations == json.__path__)
import json.decoder
print(json.decoder.__spec__.parent, json.decoder.__package__)
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('nonexistent_mod_x'))
import _thread
print(_thread.__spec__.origin, _thread.__loader__.__name__, sys.__spec__.name)

with tempfile.TemporaryDirectory() as d:
    sys.path.insert(0, d)
    with open(os.path.join(d, 'modx.py'), 'w') as f:
        f.write('VALUE = 1\ndef hello():\n    return "hi"\n')
    os.makedirs(os.path.join(d, 'pkgy', 'sub'))
    with open(os.path.join(d, 'pkgy', '__init__.py'), 'w') as f:
        f.write('from . import helper\nNAME = __name__\n')
    with open(os.path.join(d, 'pkgy', 'helper.py'), 'w') as f:
        f.write('from .sub import leaf\nX = leaf.Y + 1\n')
    with open(os.path.join(d, 'pkgy', 'sub', '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(d, 'pkgy', 'sub', 'leaf.py'), 'w') as f:
        f.write('Y = 41\n')
    importlib.invalidate_caches()

    m = importlib.import_module('modx')
    print(m.VALUE, m.hello(), os.path.basename(m.__file__), m.__name__)
    print(m.__spec__.origin == m.__file__, m.__cached__.endswith(sys.implementation.cache_tag + '.pyc'))
    print(m.__loader__.get_source('modx').splitlines()[0])
    p = importlib.import_module('pkgy')
    print(p.NAME, p.helper.X, importlib.import_module('.sub.leaf', 'pkgy').Y)
    print(sorted(k for k in sys.modules if k.startswith('pkgy')))

    # Reloading runs the module again in the same namespace.
    with open(os.path.join(d, 'modx.py'), 'w') as f:
        f.write('VALUE = 2\n')
    os.utime(os.path.join(d, 'modx.py'), (1, 1))
    m2 = importlib.reload(m)
    print(m2 is m, m.VALUE, hasattr(m, 'hello'))

    # A finder on sys.meta_path takes part in imports.
    class Loader(importlib.abc.Loader):
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.answer = 42
            module.origin = module.__spec__.origin

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.startswith('virtual_'):
                return importlib.util.spec_from_loader(name, Loader(), origin='virtual')
            return None

    sys.meta_path.insert(0, Finder())
    import virtual_one
    print(virtual_one.answer, virtual_one.origin, virtual_one.__spec__.loader.__class__.__name__)
    from virtual_two import answer
    print(answer)
    del sys.meta_path[0]

    # Module objects from specs.
    spec = importlib.util.spec_from_file_location('loose', os.path.join(d, 'modx.py'))
    loose = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loose)
    print(loose.VALUE, loose.__name__, 'loose' in sys.modules)

    # Errors keep CPython's wording and attributes.
    try:
        import pkgy.missing
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    try:
        from pkgy import nothing_here
    except ImportError as e:
        print(type(e).__name__, str(e).replace(d, 'D'), e.name)
    try:
        importlib.import_module('..x', 'pkgy')
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        importlib.import_module('.x')
    except TypeError as e:
        print(type(e).__name__, e)
    sys.path.remove(d)

print(importlib.util.resolve_name('.b', 'a.c'), importlib.util.cache_from_source('/x/y.py').count('__pycache__'))
