//! The algorithms: their Python names, the module that defines each, sizes, and a fresh state.
use super::state::{Fixed, Hasher, Xof};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

impl Algo {
    pub(crate) const ALL: [Algo; 14] = [
        Algo::Md5,
        Algo::Sha1,
        Algo::Sha224,
        Algo::Sha256,
        Algo::Sha384,
        Algo::Sha512,
        Algo::Sha3_224,
        Algo::Sha3_256,
        Algo::Sha3_384,
        Algo::Sha3_512,
        Algo::Shake128,
        Algo::Shake256,
        Algo::Blake2b,
        Algo::Blake2s,
    ];

    /// The `name` attribute, which is also the type's `__name__`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
            Algo::Sha3_224 => "sha3_224",
            Algo::Sha3_256 => "sha3_256",
            Algo::Sha3_384 => "sha3_384",
            Algo::Sha3_512 => "sha3_512",
            Algo::Shake128 => "shake_128",
            Algo::Shake256 => "shake_256",
            Algo::Blake2b => "blake2b",
            Algo::Blake2s => "blake2s",
        }
    }

    /// The type's `tp_name`: the defining module, then the name.
    pub(crate) fn tp_name(self) -> &'static str {
        match self {
            Algo::Md5 => "_md5.md5",
            Algo::Sha1 => "_sha1.sha1",
            Algo::Sha224 => "_sha256.sha224",
            Algo::Sha256 => "_sha256.sha256",
            Algo::Sha384 => "_sha512.sha384",
            Algo::Sha512 => "_sha512.sha512",
            Algo::Sha3_224 => "_sha3.sha3_224",
            Algo::Sha3_256 => "_sha3.sha3_256",
            Algo::Sha3_384 => "_sha3.sha3_384",
            Algo::Sha3_512 => "_sha3.sha3_512",
            Algo::Shake128 => "_sha3.shake_128",
            Algo::Shake256 => "_sha3.shake_256",
            Algo::Blake2b => "_blake2.blake2b",
            Algo::Blake2s => "_blake2.blake2s",
        }
    }

    /// The digest size of a default instance (0 for SHAKE, whose length each digest names).
    pub(crate) fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 | Algo::Sha3_224 => 28,
            Algo::Sha256 | Algo::Sha3_256 | Algo::Blake2s => 32,
            Algo::Sha384 | Algo::Sha3_384 => 48,
            Algo::Sha512 | Algo::Sha3_512 | Algo::Blake2b => 64,
            Algo::Shake128 | Algo::Shake256 => 0,
        }
    }

    /// The internal block size in bytes (the sponge rate for SHA-3).
    pub(crate) fn block_size(self) -> usize {
        match self {
            Algo::Md5 | Algo::Sha1 | Algo::Sha224 | Algo::Sha256 | Algo::Blake2s => 64,
            Algo::Sha384 | Algo::Sha512 | Algo::Blake2b => 128,
            Algo::Sha3_224 => 144,
            Algo::Sha3_256 => 136,
            Algo::Sha3_384 => 104,
            Algo::Sha3_512 => 72,
            Algo::Shake128 => 168,
            Algo::Shake256 => 136,
        }
    }

    pub(crate) fn is_sha3(self) -> bool {
        matches!(
            self,
            Algo::Sha3_224
                | Algo::Sha3_256
                | Algo::Sha3_384
                | Algo::Sha3_512
                | Algo::Shake128
                | Algo::Shake256
        )
    }

    pub(crate) fn is_xof(self) -> bool {
        matches!(self, Algo::Shake128 | Algo::Shake256)
    }

    /// A state with no data fed (BLAKE2 with its default parameters).
    pub(crate) fn fresh(self) -> Box<dyn Hasher> {
        match self {
            Algo::Md5 => Box::new(Fixed(md5::Md5::default())),
            Algo::Sha1 => Box::new(Fixed(sha1::Sha1::default())),
            Algo::Sha224 => Box::new(Fixed(sha2::Sha224::default())),
            Algo::Sha256 => Box::new(Fixed(sha2::Sha256::default())),
            Algo::Sha384 => Box::new(Fixed(sha2::Sha384::default())),
            Algo::Sha512 => Box::new(Fixed(sha2::Sha512::default())),
            Algo::Sha3_224 => Box::new(Fixed(sha3::Sha3_224::default())),
            Algo::Sha3_256 => Box::new(Fixed(sha3::Sha3_256::default())),
            Algo::Sha3_384 => Box::new(Fixed(sha3::Sha3_384::default())),
            Algo::Sha3_512 => Box::new(Fixed(sha3::Sha3_512::default())),
            Algo::Shake128 => Box::new(Xof(sha3::Shake128::default())),
            Algo::Shake256 => Box::new(Xof(sha3::Shake256::default())),
            Algo::Blake2b => Box::new(blake2b_simd::State::new()),
            Algo::Blake2s => Box::new(blake2s_simd::State::new()),
        }
    }
}
