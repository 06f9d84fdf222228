//! The one list of payload kinds and their Rust types, expanded wherever the heap must act per kind
//! (freeing, sizing, finding the attribute area).

/// Calls `$m!` with `Kind => PayloadType` for every kind.
macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Object => crate::objects::object::ObjectData,
            Int => crate::objects::int::IntObj,
            Float => crate::objects::float::FloatObj,
            Complex => crate::objects::complex::ComplexObj,
            Str => crate::objects::str::Str,
            Bytes => crate::objects::bytes::Bytes,
            ByteArray => crate::objects::bytearray::ByteArray,
            List => crate::objects::list::List,
            Tuple => crate::objects::tuple::Tuple,
            Dict => crate::objects::dict::Dict,
            Set => crate::objects::set::Set,
            Type => crate::objects::typeobj::TypeData,
            Function => crate::objects::function::Function,
            Builtin => crate::objects::builtin::Builtin,
            Method => crate::objects::method::Method,
            Code => crate::objects::code::Code,
            Module => crate::objects::module::Module,
            Cell => crate::objects::cell::CellObj,
            Property => crate::objects::descriptors::Property,
            ClassMethod => crate::objects::descriptors::ClassMethod,
            StaticMethod => crate::objects::descriptors::StaticMethod,
            Generator => crate::objects::generator::Generator,
            Iter => crate::objects::iterators::Iter,
            Range => crate::objects::range::Range,
            Slice => crate::objects::slice::Slice,
            Exception => crate::objects::exception::ExceptionData,
            Traceback => crate::objects::traceback::Traceback,
            Frame => crate::objects::frameobj::FrameObj,
            Singleton => crate::objects::singleton::Singleton,
            Super => crate::objects::superobj::Super,
            MappingProxy => crate::objects::mappingproxy::MappingProxy,
            DictView => crate::objects::dictview::DictView,
            MemoryView => crate::objects::memoryview::MemoryView,
            Native => crate::objects::native::NativeObj,
        }
    };
}
