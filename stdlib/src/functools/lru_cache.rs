//! `functools._lru_cache_wrapper`: the cache behind `functools.lru_cache`. Keys are built as CPython's
//! `lru_cache_make_key` does and hashed once per call. An unbounded cache is a dict from key to result; a
//! bounded one maps each key to a link number and keeps the links in recency order, evicting the oldest.
//!
//! The wrapped function runs re-entrantly (its result must be stored before returning), so the wrapper
//! adds no Python frame: tracebacks show the caller and the function, as in CPython.
use crate::support;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, Vm};
use weft_vm::objects::builtin::{tail_call_kw, Args};
use weft_vm::objects::dict::Dict;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::{tdata, tflag};
use weft_vm::objects::{instance, int, method, tuple, types};

struct Link {
    stamp: u64,
    key: Value,
    hash: i64,
    result: Value,
}

struct LruCache {
    func: Value,
    cache_info_type: Value,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: Value,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    /// key -> result (unbounded), or key -> link id (bounded).
    cache: Dict,
    links: RefCell<HashMap<u64, Link>>,
    /// stamp -> link id, oldest first.
    recency: RefCell<BTreeMap<u64, u64>>,
    clock: Cell<u64>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl Traverse for LruCache {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.cache_info_type);
        self.cache.for_each(|k, v| {
            f(k);
            f(v);
        });
        if let Ok(links) = self.links.try_borrow() {
            for l in links.values() {
                f(&l.key);
                f(&l.result);
            }
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.extend(self.take_all());
    }
}

impl LruCache {
    fn tick(&self) -> u64 {
        let t = self.clock.get() + 1;
        self.clock.set(t);
        t
    }

    /// Empties the cache; the values are returned for the caller to drop.
    fn take_all(&self) -> Vec<Value> {
        let mut out: Vec<Value> = Vec::new();
        for (k, v) in self.cache.items() {
            out.push(k);
            out.push(v);
        }
        self.cache.clear();
        if let Ok(mut links) = self.links.try_borrow_mut() {
            for (_, l) in links.drain() {
                out.push(l.key);
                out.push(l.result);
            }
        }
        if let Ok(mut r) = self.recency.try_borrow_mut() {
            r.clear();
        }
        out
    }
}

fn wrapper_type() -> &'static ObjRef {
    &super::types().lru_cache_wrapper
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a LruCache)> {
    support::this::<LruCache>(args, name, wrapper_type())
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, wrapper_type())?;
    let [func, maxsize, typed, info] = args.rest().bind(
        "lru_cache",
        ["user_function", "maxsize", "typed", "cache_info_type"],
        4,
        0,
    )?;
    let (Some(func), Some(maxsize), Some(typed), Some(info)) = (func, maxsize, typed, info) else {
        return Err(error::system_error("lru_cache arguments"));
    };
    if !is_callable(&func) {
        return Err(error::type_error("the first argument must be callable"));
    }
    let maxsize = if maxsize.is_none() {
        None
    } else if int::is_int(&maxsize) {
        let n = weft_vm::objects::method_support::ssize_arg(vm, &maxsize)?;
        Some(n.max(0) as usize)
    } else {
        return Err(error::type_error("maxsize should be integer or None"));
    };
    let typed = ops::truthy(vm, &typed)?;
    let c = LruCache {
        func,
        cache_info_type: info,
        kwd_mark: Value::obj(weft_vm::interp::typecall::new_instance(&types().object)),
        maxsize,
        typed,
        cache: Dict::default(),
        links: RefCell::new(HashMap::new()),
        recency: RefCell::new(BTreeMap::new()),
        clock: Cell::new(0),
        hits: Cell::new(0),
        misses: Cell::new(0),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(c))))
}

/// The cache key of a call (`lru_cache_make_key`).
fn make_key(c: &LruCache, args: &Args) -> Value {
    let pos = args.positional();
    let kw = args.kw_values();
    if !c.typed && kw.is_empty() {
        if let [one] = pos {
            let t = types();
            let ty = ops::a_type(one);
            if ty.is(&t.str) || ty.is(&t.int) {
                return one.clone();
            }
        }
        return tuple::new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !kw.is_empty() {
        key.push(c.kwd_mark.clone());
        for (k, v) in args.kwnames.iter().zip(kw) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        for v in pos.iter().chain(kw) {
            key.push(Value::obj(ops::a_type(v)));
        }
    }
    tuple::new_tuple(key)
}

fn call_func(vm: &mut Vm, c: &LruCache, args: &Args) -> PyResult<Value> {
    let kwn = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(args.kwnames.to_vec())
    };
    let f = call::call_flow(vm, &c.func, args.all.to_vec(), &kwn)?;
    call::run_flow(vm, f)
}

fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this(args, "__call__")?;
    let rest = args.rest();
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return tail_call_kw(vm, &c.func, rest.all.to_vec(), rest.kwnames);
    }
    let key = make_key(c, &rest);
    let hash = ops::hash(vm, &key)?;
    let found = c.cache.get_hashed(vm, &key, hash)?;
    let Some(maxsize) = c.maxsize else {
        if let Some(r) = found {
            c.hits.set(c.hits.get() + 1);
            return Ok(r);
        }
        c.misses.set(c.misses.get() + 1);
        let r = call_func(vm, c, &rest)?;
        c.cache.set_hashed(vm, key, hash, r.clone())?;
        return Ok(r);
    };
    if let Some(id) = found.as_ref().and_then(int::to_i64) {
        let id = id as u64;
        let t = c.tick();
        let mut links = c.links.borrow_mut();
        if let Some(l) = links.get_mut(&id) {
            let mut rec = c.recency.borrow_mut();
            rec.remove(&l.stamp);
            rec.insert(t, id);
            l.stamp = t;
            c.hits.set(c.hits.get() + 1);
            return Ok(l.result.clone());
        }
    }
    c.misses.set(c.misses.get() + 1);
    let r = call_func(vm, c, &rest)?;
    // The call may have cached this key itself (recursion): keep that entry.
    if c.cache.get_hashed(vm, &key, hash)?.is_some() {
        return Ok(r);
    }
    if c.cache.len() >= maxsize {
        let oldest = c.recency.borrow_mut().pop_first();
        if let Some((_, id)) = oldest {
            let link = c.links.borrow_mut().remove(&id);
            if let Some(l) = link {
                let old = c.cache.remove_hashed(vm, &l.key, l.hash)?;
                drop(old);
                drop(l);
            }
        }
    }
    let t = c.tick();
    c.links.borrow_mut().insert(
        t,
        Link {
            stamp: t,
            key: key.clone(),
            hash,
            result: r.clone(),
        },
    );
    c.recency.borrow_mut().insert(t, t);
    c.cache.set_hashed(vm, key, hash, int::from_i64(t as i64))?;
    Ok(r)
}

fn cache_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this(args, "cache_info")?;
    args.rest().exact("cache_info", 0)?;
    let maxsize = match c.maxsize {
        Some(m) => int::from_i64(m as i64),
        None => Value::NONE,
    };
    call::call_value(
        vm,
        &c.cache_info_type,
        vec![
            int::from_i64(c.hits.get() as i64),
            int::from_i64(c.misses.get() as i64),
            maxsize,
            int::from_i64(c.cache.len() as i64),
        ],
    )
}

fn cache_clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this(args, "cache_clear")?;
    args.rest().exact("cache_clear", 0)?;
    c.hits.set(0);
    c.misses.set(0);
    drop(c.take_all());
    Ok(Value::NONE)
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__reduce__")?;
    attr::getattr(vm, me, "__qualname__")
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__copy__")?;
    Ok(me.clone())
}

fn deepcopy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__deepcopy__")?;
    args.rest().exact("__deepcopy__", 1)?;
    Ok(me.clone())
}

/// A cached function is a method when looked up on an instance.
fn get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__get__")?;
    let a = args.rest().range("__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(me.clone());
    }
    Ok(method::new_method(me.clone(), a[0].clone()))
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_obj()
        .and_then(instance::dict_of)
        .map(Value::obj)
        .unwrap_or(Value::NONE))
}

fn set_dict(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(error::type_error("cannot delete __dict__"));
    };
    let Some(d) = new
        .as_obj()
        .filter(|_| weft_vm::objects::dict::as_dict(&new).is_some())
    else {
        return Err(error::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            ops::type_name_of(&new)
        )));
    };
    if let Some(o) = v.as_obj() {
        instance::set_dict(o, d.clone());
    }
    Ok(())
}

pub(crate) fn register(t: &ObjRef) {
    tdata(t).set(tflag::HAS_DICT, true);
    support::set_doc(
        t,
        "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
    );
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__call__", call_),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("__reduce__", reduce),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
            ("__get__", get),
        ],
    );
    getsets(t, &[("__dict__", get_dict, Some(set_dict))]);
}
