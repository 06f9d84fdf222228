# A socketserver in a child process (weft runs weft) serving a line-based client here: the child
# reports its port on stdout, the client talks through makefile().
import socket
import subprocess
import sys

code = """
import socketserver, sys
class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())
with socketserver.TCPServer(('127.0.0.1', 0), Upper) as server:
    print(server.server_address[1], flush=True)
    server.handle_request()
    print('served', flush=True)
"""
p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
port = int(p.stdout.readline())
with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
    f = c.makefile("rwb")
    f.write(b"hello\nworld\n")
    f.flush()
    print(f.readline(), f.readline())
    c.shutdown(socket.SHUT_WR)
    print(f.read())
    f.close()
print(p.stdout.read(), p.wait())
p.stdout.close()
