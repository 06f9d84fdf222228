"""The part of psutil greenlet's tests use: the process's unique set size, read from /proc."""
import os


class _Mem:
    def __init__(self, uss):
        self.uss = uss


class Process:
    def memory_full_info(self):
        total = 0
        with open("/proc/self/smaps_rollup") as f:
            for line in f:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1]) * 1024
        return _Mem(total)
