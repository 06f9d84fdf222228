import threading, atexit
atexit.register(print, "atexit")
threading._register_atexit(print, "threading atexit first")
print("main")
