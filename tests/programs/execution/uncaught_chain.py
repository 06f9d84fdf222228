# An uncaught exception with a chained cause: exit status 1, the last stderr line is the
# outermost exception. Output printed before the failure is kept.

class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("missing setting 'port'") from e

print("loading settings")
print("port:", read_port({"port": "8080"}))
try:
    read_port({})
except ConfigError as e:
    print("handled once:", e, "caused by", repr(e.__cause__))
print("now failing for real")

def load():
    try:
        read_port({"host": "x"})
    finally:
        print("cleanup in finally before the program dies")

load()
print("never reached")
