# A program whose import fails outside any handler: exit status 1, ModuleNotFoundError.
import pkg_basic

print("pkg_basic imported fine:", pkg_basic.VALUE)
print("now importing a module that does not exist")
import pkg_basic.not_there
print("never printed")
