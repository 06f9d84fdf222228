# A program that cannot be tokenized: nothing runs, the interpreter reports a SyntaxError.
print("this line never runs")
value = 12abc
print(value)
