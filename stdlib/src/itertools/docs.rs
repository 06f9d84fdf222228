//! CPython 3.11's docstrings of the itertools types (`itertools.count.__doc__`).
use weft_vm::heap::ObjRef;
use weft_vm::objects::str as pystr;
use weft_vm::objects::typeobj::tdata;

/// Sets the `__doc__` of each type.
pub(super) fn register(t: &super::Types) {
    for (ty, doc) in [
        (&t.count, "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step"),
        (&t.cycle, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."),
        (&t.repeat, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."),
        (&t.accumulate, "Return series of accumulated sums (or other binary function results)."),
        (&t.chain, "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."),
        (&t.compress, "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements."),
        (&t.dropwhile, "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted."),
        (&t.takewhile, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."),
        (&t.filterfalse, "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false."),
        (&t.groupby, "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping."),
        (&t.islice, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator."),
        (&t.starmap, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."),
        (&t.tee, "Iterator wrapped to make it copyable."),
        (&t.tee_data, "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects."),
        (&t.zip_longest, "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n"),
        (&t.pairwise, "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ..."),
        (&t.product, "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."),
        (&t.permutations, "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"),
        (&t.combinations, "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"),
        (&t.cwr, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"),
    ] {
        set(ty, doc);
    }
}

fn set(ty: &ObjRef, doc: &str) {
    tdata(ty).dict.set_rs("__doc__", pystr::new_str(doc));
}
