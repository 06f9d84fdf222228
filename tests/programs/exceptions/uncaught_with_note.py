# an uncaught exception carrying notes: the LAST stderr line is the final note


class ConfigError(Exception):
    pass


def load(settings):
    for key in ("host", "port"):
        if key not in settings:
            err = ConfigError("missing setting %r" % key)
            err.add_note("settings given: %s" % sorted(settings))
            err.add_note("hint: add %s=... to the config" % key)
            raise err
    return settings


print(load({"host": "h", "port": 1}))
try:
    load({"host": "h"})
except ConfigError as e:
    print(type(e).__name__, e, e.__notes__)
print("now failing for real")
load({})
print("not reached")
#
#
#
#
#
#
#
#
#
#
#
#
#
#
#
#
#
