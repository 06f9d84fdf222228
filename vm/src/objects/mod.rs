//! The object model: one file per builtin type (its payload and helpers), and the process-wide table of
//! builtin type objects, created once at start-up.
pub mod builtin;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod code_linetable;
pub mod code_persist;
pub mod complex;
pub mod descriptors;
pub mod descriptors_native;
pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod exception;
pub mod float;
pub mod frameobj;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter_new;
pub mod iter_reduce;
pub mod iterators;
pub mod layout_compat;
pub mod list;
pub mod list_sort;
pub mod mappingproxy;
pub mod memoryview;
pub mod memoryview_format;
pub mod method;
pub mod method_support;
pub mod module;
pub mod native;
pub mod object;
pub mod object_reduce;
pub mod os_error;
pub mod pickle_state;
pub mod range;
pub mod register;
pub mod repr_guard;
pub mod set;
pub mod set_methods;
pub mod singleton;
pub mod slice;
pub mod str;
pub mod superobj;
pub mod traceback;
pub mod tuple;
pub mod typeflags;
pub mod typeobj;
pub mod unpicklable;

use crate::heap::{GilShared, Kind, ObjRef};
use std::sync::OnceLock;
use typeobj::{tflag, TypeData};

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $kind:ident, $base:ident, $flags:expr; )*) => {
        /// The builtin types (immortal, shared by all threads under the GIL).
        pub struct BuiltinTypes {
            pub type_: ObjRef,
            pub object: ObjRef,
            $( pub $field: ObjRef, )*
            pub exceptions: Vec<ObjRef>,
            pub base_exception: ObjRef,
            pub exception: ObjRef,
            pub type_error: ObjRef,
            pub value_error: ObjRef,
            pub attribute_error: ObjRef,
            pub name_error: ObjRef,
            pub index_error: ObjRef,
            pub key_error: ObjRef,
            pub lookup_error: ObjRef,
            pub runtime_error: ObjRef,
            pub overflow_error: ObjRef,
            pub zero_division_error: ObjRef,
            pub recursion_error: ObjRef,
            pub system_error: ObjRef,
            pub not_implemented_error: ObjRef,
            pub unbound_local_error: ObjRef,
            pub import_error: ObjRef,
            pub module_not_found_error: ObjRef,
            pub assertion_error: ObjRef,
            pub os_error: ObjRef,
            pub unicode_error: ObjRef,
            pub eof_error: ObjRef,
            pub memory_error: ObjRef,
            pub buffer_error: ObjRef,
            pub stop_iteration: ObjRef,
            pub stop_async_iteration: ObjRef,
            pub generator_exit: ObjRef,
            pub system_exit: ObjRef,
            pub keyboard_interrupt: ObjRef,
            pub syntax_error: ObjRef,
            pub indentation_error: ObjRef,
            pub tab_error: ObjRef,
            pub base_exception_group: ObjRef,
            pub exception_group: ObjRef,
            pub empty_tuple: ObjRef,
            pub not_implemented: ObjRef,
            pub ellipsis: ObjRef,
            pub object_data_fallback: TypeData,
        }

        fn make_types() -> BuiltinTypes {
            let type_ = crate::heap::alloc_self_typed(TypeData::new("type", Kind::Type, tflag::BASETYPE | tflag::TYPE_SUBCLASS));
            let object = crate::heap::alloc(&type_, TypeData::new("object", Kind::Object, tflag::BASETYPE), None);
            object.make_immortal();
            let mut all: Vec<(ObjRef, Option<ObjRef>)> = vec![(object.clone(), None), (type_.clone(), Some(object.clone()))];
            $(
                let $field = crate::heap::alloc(&type_, TypeData::native($name, Kind::$kind, $flags), None);
                $field.make_immortal();
            )*
            $( all.push(($field.clone(), Some(builtin_types!(@base $base, object, $field)))); )*
            let _ = &all;
            for (t, base) in &all {
                init_bases(t, base.clone());
            }
            let exceptions = crate::interp::exc::make_exception_types(&type_, &object);
            let base_exc = exceptions[0].clone();
            let lookup_exc = |n: &str| exceptions.iter().find(|e| typeobj::type_name(e) == n).cloned().unwrap_or_else(|| base_exc.clone());
            let mut bt = BuiltinTypes {
                $( $field, )*
                base_exception: lookup_exc("BaseException"),
                exception: lookup_exc("Exception"),
                type_error: lookup_exc("TypeError"),
                value_error: lookup_exc("ValueError"),
                attribute_error: lookup_exc("AttributeError"),
                name_error: lookup_exc("NameError"),
                index_error: lookup_exc("IndexError"),
                key_error: lookup_exc("KeyError"),
                lookup_error: lookup_exc("LookupError"),
                runtime_error: lookup_exc("RuntimeError"),
                overflow_error: lookup_exc("OverflowError"),
                zero_division_error: lookup_exc("ZeroDivisionError"),
                recursion_error: lookup_exc("RecursionError"),
                system_error: lookup_exc("SystemError"),
                not_implemented_error: lookup_exc("NotImplementedError"),
                unbound_local_error: lookup_exc("UnboundLocalError"),
                import_error: lookup_exc("ImportError"),
                module_not_found_error: lookup_exc("ModuleNotFoundError"),
                assertion_error: lookup_exc("AssertionError"),
                os_error: lookup_exc("OSError"),
                unicode_error: lookup_exc("UnicodeError"),
                eof_error: lookup_exc("EOFError"),
                memory_error: lookup_exc("MemoryError"),
                buffer_error: lookup_exc("BufferError"),
                stop_iteration: lookup_exc("StopIteration"),
                stop_async_iteration: lookup_exc("StopAsyncIteration"),
                generator_exit: lookup_exc("GeneratorExit"),
                system_exit: lookup_exc("SystemExit"),
                keyboard_interrupt: lookup_exc("KeyboardInterrupt"),
                syntax_error: lookup_exc("SyntaxError"),
                indentation_error: lookup_exc("IndentationError"),
                tab_error: lookup_exc("TabError"),
                base_exception_group: lookup_exc("BaseExceptionGroup"),
                exception_group: lookup_exc("ExceptionGroup"),
                exceptions,
                type_: type_.clone(),
                object,
                empty_tuple: type_.clone(),
                not_implemented: type_.clone(),
                ellipsis: type_.clone(),
                object_data_fallback: TypeData::new("?", Kind::Object, 0),
            };
            bt.empty_tuple = crate::heap::alloc(&bt.tuple, tuple::Tuple { items: Box::new([]), hash: std::cell::Cell::new(None) }, None);
            bt.empty_tuple.make_immortal();
            bt.not_implemented = crate::heap::alloc(&bt.not_implemented_type, singleton::Singleton, None);
            bt.not_implemented.make_immortal();
            bt.ellipsis = crate::heap::alloc(&bt.ellipsis_type, singleton::Singleton, None);
            bt.ellipsis.make_immortal();
            bt
        }
    };
    (@base object, $object:ident, $field:ident) => { $object.clone() };
    (@base $base:ident, $object:ident, $field:ident) => { $base.clone() };
}

builtin_types! {
    int: "int", Int, object, tflag::BASETYPE | tflag::INT_SUBCLASS;
    bool_: "bool", Int, int, tflag::INT_SUBCLASS;
    float: "float", Float, object, tflag::BASETYPE;
    complex: "complex", Complex, object, tflag::BASETYPE;
    str: "str", Str, object, tflag::BASETYPE | tflag::STR_SUBCLASS;
    bytes: "bytes", Bytes, object, tflag::BASETYPE;
    bytearray: "bytearray", ByteArray, object, tflag::BASETYPE;
    list: "list", List, object, tflag::BASETYPE | tflag::LIST_SUBCLASS;
    tuple: "tuple", Tuple, object, tflag::BASETYPE | tflag::TUPLE_SUBCLASS;
    dict: "dict", Dict, object, tflag::BASETYPE | tflag::DICT_SUBCLASS;
    set: "set", Set, object, tflag::BASETYPE;
    frozenset: "frozenset", Set, object, tflag::BASETYPE;
    function: "function", Function, object, 0;
    builtin_function: "builtin_function_or_method", Builtin, object, 0;
    method_descriptor: "method_descriptor", Builtin, object, 0;
    wrapper_descriptor: "wrapper_descriptor", Builtin, object, 0;
    method_wrapper: "method-wrapper", Builtin, object, 0;
    classmethod_descriptor: "classmethod_descriptor", Builtin, object, 0;
    method: "method", Method, object, 0;
    code: "code", Code, object, 0;
    module: "module", Module, object, tflag::BASETYPE | tflag::HAS_DICT;
    cell: "cell", Cell, object, 0;
    property: "property", Property, object, tflag::BASETYPE;
    classmethod: "classmethod", ClassMethod, object, tflag::BASETYPE | tflag::HAS_DICT;
    staticmethod: "staticmethod", StaticMethod, object, tflag::BASETYPE | tflag::HAS_DICT;
    generator: "generator", Generator, object, 0;
    coroutine: "coroutine", Generator, object, 0;
    async_generator: "async_generator", Generator, object, 0;
    range: "range", Range, object, 0;
    slice: "slice", Slice, object, 0;
    none_type: "NoneType", Singleton, object, 0;
    not_implemented_type: "NotImplementedType", Singleton, object, 0;
    ellipsis_type: "ellipsis", Singleton, object, 0;
    traceback: "traceback", Traceback, object, 0;
    frame: "frame", Frame, object, 0;
    super_: "super", Super, object, tflag::BASETYPE;
    mappingproxy: "mappingproxy", MappingProxy, object, 0;
    dict_keys: "dict_keys", DictView, object, 0;
    dict_values: "dict_values", DictView, object, 0;
    dict_items: "dict_items", DictView, object, 0;
    memoryview: "memoryview", MemoryView, object, 0;
    list_iterator: "list_iterator", Iter, object, 0;
    list_reverseiterator: "list_reverseiterator", Iter, object, 0;
    tuple_iterator: "tuple_iterator", Iter, object, 0;
    range_iterator: "range_iterator", Iter, object, 0;
    str_iterator: "str_ascii_iterator", Iter, object, 0;
    bytes_iterator: "bytes_iterator", Iter, object, 0;
    dict_keyiterator: "dict_keyiterator", Iter, object, 0;
    dict_valueiterator: "dict_valueiterator", Iter, object, 0;
    dict_itemiterator: "dict_itemiterator", Iter, object, 0;
    set_iterator: "set_iterator", Iter, object, 0;
    seq_iterator: "iterator", Iter, object, 0;
    callable_iterator: "callable_iterator", Iter, object, 0;
    enumerate: "enumerate", Iter, object, tflag::BASETYPE;
    zip: "zip", Iter, object, tflag::BASETYPE;
    map: "map", Iter, object, tflag::BASETYPE;
    filter: "filter", Iter, object, tflag::BASETYPE;
    reversed: "reversed", Iter, object, tflag::BASETYPE;
    generic_alias: "types.GenericAlias", Native, object, tflag::BASETYPE;
    generic_alias_iterator: "generic_alias_iterator", Native, object, 0;
    weakref: "weakref.ReferenceType", Native, object, tflag::BASETYPE;
    member_descriptor: "member_descriptor", Native, object, 0;
    getset_descriptor: "getset_descriptor", Native, object, 0;
    simple_namespace: "types.SimpleNamespace", Object, object, tflag::BASETYPE | tflag::HAS_DICT;
    union_type: "types.UnionType", Native, object, 0;
}

fn init_bases(t: &ObjRef, base: Option<ObjRef>) {
    let td = typeobj::tdata(t);
    let mut mro = vec![t.clone()];
    if let Some(b) = &base {
        mro.extend(typeobj::tdata(b).mro.borrow().iter().cloned());
        *td.bases.borrow_mut() = vec![b.clone()];
        *td.base.borrow_mut() = Some(b.clone());
    }
    *td.mro.borrow_mut() = mro;
}

static TYPES: OnceLock<GilShared<BuiltinTypes>> = OnceLock::new();

/// The builtin types.
#[inline]
pub fn types() -> &'static BuiltinTypes {
    &TYPES.get_or_init(|| GilShared(make_types())).0
}
