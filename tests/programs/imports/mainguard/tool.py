print("  mainguard.tool imported, __name__ =", __name__)

def main():
    return "tool.main() called explicitly"

if __name__ == "__main__":
    print("  this block runs only when executed as a script")
