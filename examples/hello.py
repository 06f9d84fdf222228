print("hello from weft")
