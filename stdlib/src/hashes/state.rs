//! The running state of one hash computation, behind one trait so that a single Python type
//! implementation serves every algorithm. Digests are taken from a clone, so `digest()` can be
//! called any number of times while updating continues.
use digest::{ExtendableOutput, FixedOutput, Update};

pub(crate) trait Hasher {
    fn update(&mut self, data: &[u8]);
    /// The digest of the data so far: `len` bytes for an extendable-output function, the
    /// algorithm's fixed size otherwise.
    fn digest(&self, len: usize) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn Hasher>;
}

/// A fixed-size RustCrypto hash (MD5, SHA-1, SHA-2, SHA-3).
#[derive(Clone)]
pub(crate) struct Fixed<T>(pub T);

impl<T: Update + FixedOutput + Clone + 'static> Hasher for Fixed<T> {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn digest(&self, _len: usize) -> Vec<u8> {
        self.0.clone().finalize_fixed().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

/// An extendable-output function (SHAKE).
#[derive(Clone)]
pub(crate) struct Xof<T>(pub T);

impl<T: Update + ExtendableOutput + Clone + 'static> Hasher for Xof<T> {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn digest(&self, len: usize) -> Vec<u8> {
        let mut out = vec![0; len];
        self.0.clone().finalize_xof_into(&mut out);
        out
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

impl Hasher for blake2b_simd::State {
    fn update(&mut self, data: &[u8]) {
        blake2b_simd::State::update(self, data);
    }
    fn digest(&self, _len: usize) -> Vec<u8> {
        self.finalize().as_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

impl Hasher for blake2s_simd::State {
    fn update(&mut self, data: &[u8]) {
        blake2s_simd::State::update(self, data);
    }
    fn digest(&self, _len: usize) -> Vec<u8> {
        self.finalize().as_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}
