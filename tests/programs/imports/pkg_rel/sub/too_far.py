from ... import something_outside
