//! Direct convolution with the output channels in the vector lanes (`f32`, stride 1 or 2, any
//! padding and kernel size): the forward pass and both gradients ([`ChanVec::weight_grad`],
//! [`ChanVec::input_grad`]) of the strided convolutions whose packed products spend longer
//! laying out and packing the images than multiplying them (few channels; see
//! [`ChanVec::serves`]), at inference on AVX2 the forward pass of the stride-1 ones where it
//! computes fewer products than the direct path on wide rows, which computes and drops the
//! columns past each output row ([`ChanVec::beats_direct`]), and at inference on AVX-512 that of
//! the stride-1 ones of few output channels that Winograd's and the direct path leave to the
//! packed one ([`ChanVec::beats_packed`]).
//!
//! Per image, the input is copied once into zero-padded planes (`[cin][hp][wp]`, small enough to
//! stay in the core's caches). A block of `P` output positions × `V` vectors of output channels
//! then runs over every input channel and kernel tap: the `V` weight vectors of the tap (packed
//! `[cin][k][k][cpad]`, zeros past `cout`) are loaded once and each position's input value is
//! broadcast against them, `P·V` fused multiply-adds for `P + V` loads. A strided or padded read is
//! only an address (`s·(y·wp + x)` at stride `s`, plus the tap's offset), so there is no im2col
//! matrix, no packing and no phase layout. The blocks are written position-major (`[position][cpad]`) and
//! turned channel-major into the output (`[cout][ho][wo]`) with the bias added.
use std::mem::MaybeUninit;

use super::Conv2dGeometry;
use crate::forward::{image_len, Activation, Layout, CHANNEL_BLOCK};
use crate::ops::simd::Simd;
use crate::ops::{recycle, scratch, Isa};

/// Output channels are padded to a multiple of this (one AVX-512 vector, two AVX2 ones): a
/// block of [`Layout::ChannelBlocks`].
const CPAD: usize = CHANNEL_BLOCK;

/// The strides the tiles are compiled for (a const parameter: a tile's reads are at fixed
/// offsets).
const STRIDES: [usize; 2] = [1, 2];

/// The geometry of one convolution on this path.
#[derive(Clone, Copy, Debug)]
pub(super) struct ChanVec {
    k: usize,
    p: usize,
    /// Stride, one of [`STRIDES`].
    s: usize,
    cin: usize,
    cout: usize,
    /// Output channels rounded up to [`CPAD`]: the row length of the packed weights.
    cpad: usize,
    h: usize,
    w: usize,
    /// Padded input height and width.
    hp: usize,
    wp: usize,
    ho: usize,
    wo: usize,
}

impl ChanVec {
    /// The path's geometry for `g`, which must have stride 1 or 2 and outputs at least 4 wide
    /// (the tiles are compiled for them).
    pub fn new(g: &Conv2dGeometry) -> ChanVec {
        let c = ChanVec {
            k: g.kernel,
            p: g.padding,
            s: g.stride,
            cin: g.chan_in,
            cout: g.chan_out,
            cpad: g.chan_out.div_ceil(CPAD) * CPAD,
            h: g.h_in,
            w: g.w_in,
            hp: g.h_in + 2 * g.padding,
            wp: g.w_in + 2 * g.padding,
            ho: g.h_out,
            wo: g.w_out,
        };
        // What makes the reads of `tile` sound: the last output position's window ends inside the
        // padded image. And what the tiles are compiled for: stride 1 or 2, at least 4 columns.
        assert!(
            c.k >= 1
                && STRIDES.contains(&c.s)
                && c.wo >= 4
                && c.ho >= 1
                && c.s * (c.ho - 1) + c.k <= c.hp
                && c.s * (c.wo - 1) + c.k <= c.wp,
            "conv2d: inconsistent output size"
        );
        c
    }

    /// Whether the path serves geometry `g`: stride 2 (the tiles read their positions at fixed
    /// offsets), outputs at least 4 wide (a tile's columns) and at most 64 output channels, or
    /// 128 on at least 64 input channels. Measured at inference, against the packed path in the
    /// same process (2 threads, batch 256 and batch 1, medians of 9 alternations): 1.10–1.84× on
    /// 3×3 and 1×1 stride-2 convolutions of 3 to 64 input and 8 to 64 output channels on 8×8 to
    /// 32×32 outputs (the *strided* network's and ResNet20's), and on 64 → 96 and 64 → 128;
    /// 0.98× and 0.82× on 8 → 128 (few terms per output for the channel-major write-out),
    /// 1.05× and 0.71× on 128 → 256 (one image is one task here, where the packed products split
    /// by channels). Stride 1 lost on 3 → 64 (0.98×, 0.71×) and 64 → 128 1×1 (1.01×, 0.78×).
    pub fn serves(g: &Conv2dGeometry) -> bool {
        ChanVec::serves_channels(g.stride, g.chan_in, g.chan_out) && Self::fits(g)
    }

    /// The part of [`ChanVec::serves`] that a layer's type states: the stride and the channel
    /// counts.
    pub const fn serves_channels(stride: usize, cin: usize, cout: usize) -> bool {
        stride == 2 && few_outputs(cin, cout)
    }

    /// Whether the path beats the packed one (`super::packed`) on the stride-1 geometry `g` at
    /// inference on `isa`: on AVX-512, from 16 input channels, for the output channel counts
    /// [`ChanVec::serves`] takes at stride 2, on outputs at least 4 wide. The stride-1
    /// convolutions that reach the choice between the two are those Winograd's path does not
    /// take (3×3 ones on too few output blocks, such as one to three 8×8 images; other kernel
    /// sizes) and the direct path leaves (more than 32 output channels). The packed path lays
    /// out and packs the input on every call, which on a few images costs about what the
    /// products do. Measured at inference (a probe of one convolution and its ReLU in a frozen
    /// `Sequential`, both paths in turn in one build, 1 thread, medians of 180 to 2,700 calls),
    /// the time per image of this path against the packed one: 3×3 64 → 64 on 8×8 0.76× at
    /// batch 1 and 2, on 4×4 0.62–0.64×, 32 → 64 on 8×8 0.77×, 16 → 48 on 8×8 0.76×, 64 → 128 on
    /// 8×8 0.85×; 1×1 64 → 64 on 8×8 0.64–0.67× (batch 1 to 64) and on 16×16 0.71–0.73×; 5×5
    /// 32 → 64 on 8×8 0.78–0.82× (batch 1 to 64). ResNet20's batch-1 latency (its five 64 → 64
    /// convolutions on 8×8) 0.88× the time at 1 thread (`zoo --frozen --only latency`, 3
    /// rounds), 0.88× at 2 threads with the two vCPUs on one L3 cache and 0.90× on two (see
    /// `crate::team`), where its output channels split over the team. Left to the packed path:
    /// fewer than 16 input channels (3 → 64 on 32×32 level at batch 4 and 16; *wide*'s first
    /// convolution, whose output then reaches a pooling layer in channel blocks and the next
    /// convolution through a conversion: *wide*'s inference at batch 256 0.93× as fast), and more
    /// output channels (*wide*'s 128 → 256 and 256 → 256 on 8×8: its batch-1 latency 1.03× the
    /// time). AVX2 was not measured and keeps the packed path.
    pub fn beats_packed(g: &Conv2dGeometry, isa: Isa, train: bool) -> bool {
        !train && isa == Isa::Avx512 && g.stride == 1 && g.chan_in >= 16 && Self::fits(g)
    }

    /// What the path needs of `g` beside its stride: outputs at least 4 wide (a tile's columns)
    /// and the output channel counts it serves ([`few_outputs`]).
    fn fits(g: &Conv2dGeometry) -> bool {
        g.w_out >= 4 && g.h_out >= 1 && few_outputs(g.chan_in, g.chan_out)
    }

    /// Whether the path beats the direct convolution (`super::direct`, the path of stride-1
    /// convolutions of few output channels) on geometry `g` at inference on `isa`: on AVX2, where
    /// it computes no more products. The direct path computes every output channel on
    /// `⌈ho·wp / 16⌉·16` positions per plane (each row padded to the input's width); this one
    /// computes `cpad` channels (`cout` rounded up to 16) on `⌈ho / R⌉·R` rows of `⌈wo / P⌉·P`
    /// columns (AVX2's tiles: `R` rows × `P` columns × 2 vectors of channels, [`avx2_tile`]; the
    /// measurements below are from tiles of one row of 4 to 6 columns). Measured at
    /// inference (`zoo --only infer`, this rule with tiles of 4 columns against the direct path
    /// everywhere, medians of 5 alternations, 1 thread): LeNet-5 1.07× (its second convolution,
    /// 8 → 16 on 10 × 10 outputs), LeNet5Classic 1.08× (likewise), *vgg* 1.07× (16 and 32
    /// channels), ResNet20 1.04× (16); LeNet-5 at 2 threads 1.12×. Giving this path every
    /// stride-1 convolution of at most 32 output channels lost on LeNet-5 (0.82×), whose first
    /// convolution (3 → 8) leaves half of each vector idle, and on LeNet5Classic (0.95×, 1 → 6):
    /// the rule leaves those to the direct path. AVX-512 (16-lane vectors, other tiles) was not
    /// measured and keeps the direct path.
    ///
    /// In training (`train`), where the weight and input gradients take the path too, it must
    /// compute at most 4/5 of the direct path's products, and the input channels must fill at
    /// least half the lanes of their vectors (the input gradient holds them in the lanes, `cin`
    /// rounded up to 16). Measured (`zoo --only train`, 1 thread, old and new builds in turn):
    /// with the inference rule, LeNet-5 1.06× (its second convolution, 8 → 16 on 10 × 10
    /// outputs: 0.69 of the direct path's products) but ResNet20 and *vgg* 0.965× (2 rounds; 16
    /// and 32 channels on 32 × 32 and 16 × 16 outputs: 0.97 and 1.0 of them, where the direct
    /// path's gradients run at a higher rate); with the 4/5 bound alone LeNet-5 1.056× but
    /// LeNet5Classic 0.98× (3 rounds; its second convolution has 6 input channels, 6 of 16 lanes
    /// in the input gradient).
    pub fn beats_direct(g: &Conv2dGeometry, isa: Isa, train: bool) -> bool {
        if isa != Isa::Avx2 || g.stride != 1 || g.w_out < 4 || g.h_out == 0 {
            return false;
        }
        let wp = g.w_in + 2 * g.padding;
        let direct = g.chan_out * (g.h_out * wp).div_ceil(16) * 16;
        let (p, r) = avx2_tile(g.w_out, g.h_out);
        let own = g.chan_out.div_ceil(CPAD) * CPAD * computed(g.w_out, g.h_out, p, r);
        match train {
            true => 5 * own <= 4 * direct && g.chan_in.div_ceil(CPAD) * CPAD <= 2 * g.chan_in,
            false => own <= direct,
        }
    }

    /// Channels as `layout` holds them: rounded up to whole blocks in
    /// [`Layout::ChannelBlocks`].
    pub fn laid_out(channels: usize, layout: Layout) -> usize {
        match layout {
            Layout::Planar => channels,
            Layout::ChannelBlocks { .. } => channels.div_ceil(CPAD) * CPAD,
        }
    }

    /// Floats per padded input image in `layout`.
    fn image_in(&self, layout: Layout) -> usize {
        Self::laid_out(self.cin, layout) * self.hp * self.wp
    }

    /// The weights `[cout][cin][k][k]` packed for the kernel: `[cin][k][k][cpad]`, zeros past
    /// `cout`. A transpose ([`rows_to_lanes`]), redone on every call (the layer's weights may
    /// have changed) except in a frozen model, which keeps it (`crate::Frozen`). Kernel by kernel, writing every row's float `o` in turn (a cache line per
    /// float), it took a third of the *strided* network's batch-1 latency.
    pub fn pack_weights(&self, isa: Isa, w: &[f32]) -> Vec<f32> {
        let taps = self.cin * self.k * self.k;
        assert!(w.len() >= self.cout * taps, "conv2d: too few weights");
        let mut wpk = vec![0f32; taps * self.cpad];
        rows_to_lanes(isa, w, self.cout, taps, &mut wpk, self.cpad);
        wpk
    }

    /// The outputs `ys` (`[image][cout][ho][wo]`, or in [`Layout::ChannelBlocks`] where `to` says
    /// so; every element written) of the `nimg` images `x` (`[image][cin][h][w]`, or in channel
    /// blocks where `from` says so), with the weights `wpk` ([`ChanVec::pack_weights`]), one bias
    /// per output channel and the activation `act` applied (a ReLU as the blocks are written out,
    /// Tanh and Sigmoid to each image's output while it is in the cache), on the vectors of `isa`
    /// (AVX2 or AVX-512). In channel blocks, a register tile's sums go to the output as they are
    /// (its vectors are a block's channels), and the output's border is zeroed; planar, they go
    /// through a position-major stage and a transpose. An input in channel blocks whose border
    /// is the padding is read as it is; the lanes past `cin` are never read.
    #[allow(clippy::too_many_arguments)]
    pub fn forward(
        &self,
        isa: Isa,
        x: &[f32],
        from: Layout,
        nimg: usize,
        wpk: &[f32],
        bias: &[f32],
        act: Option<Activation>,
        ys: &mut [MaybeUninit<f32>],
        to: Layout,
    ) {
        let npos = self.ho * self.wo;
        let image = image_len(self.cin, self.h, self.w, from);
        let image_out = image_len(self.cout, self.ho, self.wo, to);
        assert!(
            x.len() >= nimg * image
                && ys.len() >= nimg * image_out
                && wpk.len() >= self.cin * self.k * self.k * self.cpad
                && bias.len() >= self.cout,
            "conv2d: buffers too small for {nimg} images"
        );
        let mut xp = scratch::<f32>(self.image_in(from));
        // The padding of every image: zeros written once, which `pad` leaves in place.
        if self.p > 0 {
            xp.fill(0.0);
        }
        // Planar: rows of the position-major blocks, and room for the last vector of positions
        // that `put` reads.
        let mut stage = match to {
            Layout::Planar => scratch::<f32>((npos + CPAD) * self.cpad),
            Layout::ChannelBlocks { .. } => Vec::new(),
        };
        let relu = act == Some(Activation::Relu);
        // In channel blocks: the bias of every lane, zeros past `cout`.
        let mut bias_pad = vec![0f32; self.cpad];
        bias_pad[..self.cout].copy_from_slice(&bias[..self.cout]);
        let c = *self;
        for (xi, yi) in x
            .chunks_exact(image.max(1))
            .zip(ys.chunks_exact_mut(image_out.max(1)))
            .take(nimg)
        {
            let xp = match from {
                Layout::Planar if self.p == 0 => xi,
                Layout::ChannelBlocks { border } if border == self.p => xi,
                _ => {
                    self.pad(isa, from, xi, &mut xp);
                    &xp[..]
                }
            };
            match to {
                Layout::Planar => {
                    // SAFETY: viewing initialised floats as possibly uninitialised ones loses
                    // nothing (the tiles write only initialised floats).
                    let out =
                        unsafe { &mut *(&mut stage[..] as *mut [f32] as *mut [MaybeUninit<f32>]) };
                    let sink = Sink {
                        origin: 0,
                        row: c.wo * c.cpad,
                        col: c.cpad,
                        block: CPAD,
                        bias: None,
                        relu: false,
                    };
                    vectorised!(isa, image_blocks(c: ChanVec, from: Layout, xp: &[f32], wpk: &[f32], out: &mut [MaybeUninit<f32>], sink: Sink<'_>));
                    let stage = &stage[..];
                    match isa {
                        // SAFETY: the CPU has AVX2 (`Isa` values come from run-time detection;
                        // AVX-512 implies it).
                        #[cfg(target_arch = "x86_64")]
                        Isa::Avx2 | Isa::Avx512 => unsafe {
                            x86::put_transposed(c, stage, bias, relu, yi)
                        },
                        _ => {
                            vectorised!(isa, put(c: ChanVec, stage: &[f32], bias: &[f32], relu: bool, yi: &mut [MaybeUninit<f32>]))
                        }
                    }
                }
                Layout::ChannelBlocks { border } => {
                    let wb = c.wo + 2 * border;
                    let sink = Sink {
                        origin: (border * wb + border) * CPAD,
                        row: wb * CPAD,
                        col: CPAD,
                        block: (c.ho + 2 * border) * wb * CPAD,
                        bias: Some(&bias_pad),
                        relu,
                    };
                    vectorised!(isa, image_blocks(c: ChanVec, from: Layout, xp: &[f32], wpk: &[f32], yi: &mut [MaybeUninit<f32>], sink: Sink<'_>));
                    // (Zeroed after the activation below, which would not keep them zero.)
                    zero_borders(yi, c.ho, c.wo, border);
                }
            }
            if let Some(a) = act.filter(|_| !relu) {
                // SAFETY: the tiles wrote every element of the image's output, but for its
                // border in channel blocks, which `zero_borders` wrote.
                let yi = unsafe { &mut *(yi as *mut [MaybeUninit<f32>] as *mut [f32]) };
                crate::ops::activation::apply(isa, a, yi);
                if let Layout::ChannelBlocks { border } = to {
                    // SAFETY: as just above: floats viewed as possibly uninitialised ones.
                    let yi = unsafe { &mut *(yi as *mut [f32] as *mut [MaybeUninit<f32>]) };
                    zero_borders(yi, c.ho, c.wo, border);
                }
            }
        }
        recycle(xp);
        recycle(stage);
    }

    /// Adds the weight gradient of the `nimg` images `x` (`[image][cin][h][w]`) given their
    /// output gradient `gy` (`[image][cout][ho][wo]`) to `gw` (`[cout][cin][k][k]`), on the
    /// vectors of `isa` (AVX2 or AVX-512), with the output channels in the lanes: per image, the
    /// input padded as for [`ChanVec::forward`] and the output gradient turned position-major
    /// (`[position][cpad]`); then a register tile of `T` taps × `V` vectors of channels sums,
    /// over every output position, the position's gradient vectors times the tap's input value
    /// broadcast ([`grad_taps`]). A strided read is only an address, as in the forward pass: no
    /// phase layout, no packing. Each sum runs over one image's positions in order; the images'
    /// sums are added in turn, then to `gw`.
    pub fn weight_grad(&self, isa: Isa, x: &[f32], nimg: usize, gy: &[f32], gw: &mut [f32]) {
        let (image, npos) = (self.cin * self.h * self.w, self.ho * self.wo);
        let taps = self.cin * self.k * self.k;
        assert!(
            x.len() >= nimg * image
                && gy.len() >= nimg * self.cout * npos
                && gw.len() >= self.cout * taps,
            "conv2d: buffers too small for {nimg} images"
        );
        let mut xp = scratch::<f32>(self.image_in(Layout::Planar));
        if self.p > 0 {
            xp.fill(0.0);
        }
        // The lanes past `cout` stay zero.
        let mut gyt = scratch::<f32>(npos * self.cpad);
        gyt.fill(0.0);
        let mut dwt = scratch::<f32>(taps * self.cpad);
        dwt.fill(0.0);
        // Where each tap reads, from a position's window corner; padded to whole tiles of taps
        // with reads of the first (whose sums are dropped).
        let plane = self.hp * self.wp;
        let mut offs: Vec<usize> = (0..self.cin)
            .flat_map(|ci| (0..self.k).flat_map(move |ky| (0..self.k).map(move |kx| (ci, ky, kx))))
            .map(|(ci, ky, kx)| ci * plane + ky * self.wp + kx)
            .collect();
        offs.resize(taps.div_ceil(GRAD_TAPS) * GRAD_TAPS, 0);
        for (xi, gi) in x
            .chunks_exact(image.max(1))
            .zip(gy.chunks_exact((self.cout * npos).max(1)))
            .take(nimg)
        {
            let xp = if self.p == 0 {
                xi
            } else {
                self.pad(isa, Layout::Planar, xi, &mut xp);
                &xp[..]
            };
            // Position-major (by 8 × 8 transposes on AVX2: the float-by-float loop took a fifth
            // of the weight gradient's time).
            rows_to_lanes(isa, gi, self.cout, npos, &mut gyt, self.cpad);
            let (c, gyt, offs, dwt) = (*self, &gyt[..], &offs[..], &mut dwt[..]);
            vectorised!(isa, grad_taps(c: ChanVec, xp: &[f32], gyt: &[f32], offs: &[usize], dwt: &mut [f32]));
        }
        for (t, row) in dwt.chunks_exact(self.cpad).enumerate() {
            for (o, &v) in row[..self.cout].iter().enumerate() {
                gw[o * taps + t] += v;
            }
        }
        recycle(xp);
        recycle(gyt);
        recycle(dwt);
    }

    /// Input channels rounded up to [`CPAD`]: the row length of the input gradient's weights
    /// ([`ChanVec::input_grad_weights`]) and of its position-major planes.
    fn cin_pad(&self) -> usize {
        self.cin.div_ceil(CPAD) * CPAD
    }

    /// The weights `w` (`[cout][cin][k][k]`) as the input gradient reads them: `[k·k][cout][cinpad]`
    /// (`cinpad` = `cin` rounded up to [`CPAD`], zeros past `cin`).
    pub fn input_grad_weights(&self, w: &[f32]) -> Vec<f32> {
        let (kk, cinpad) = (self.k * self.k, self.cin_pad());
        assert!(
            w.len() >= self.cout * self.cin * kk,
            "conv2d: too few weights"
        );
        let mut wt = vec![0f32; kk * self.cout * cinpad];
        for (oc, kernel) in w.chunks_exact(kk).take(self.cout * self.cin).enumerate() {
            let (o, ci) = (oc / self.cin, oc % self.cin);
            for (t, &v) in kernel.iter().enumerate() {
                wt[(t * self.cout + o) * cinpad + ci] = v;
            }
        }
        wt
    }

    /// Adds the input gradient of `nimg` images given their output gradient `gy`
    /// (`[image][cout][ho][wo]`) to `gx` (`[image][cin][h][w]`), with the weights `wt`
    /// ([`ChanVec::input_grad_weights`]), on the vectors of `isa` (AVX2 or AVX-512), with the
    /// input channels in the lanes. Per image, into zeroed position-major padded planes
    /// (`[hp·wp][cinpad]`): for every block of `P` output positions along a row and every tap, a
    /// register tile of `P` positions × `V` vectors of input channels sums over the output
    /// channels the position's gradient broadcast times the tap's weight vectors, and adds the
    /// sums to the positions the tap reached from ([`scatter_taps`]); then the planes' interiors,
    /// turned channel-major, are added to `gx`. As in the forward pass, a strided position is only
    /// an address: no phase layout, no packing, no col2im.
    pub fn input_grad(&self, isa: Isa, wt: &[f32], nimg: usize, gy: &[f32], gx: &mut [f32]) {
        let (image, npos, cinpad) = (
            self.cin * self.h * self.w,
            self.ho * self.wo,
            self.cin_pad(),
        );
        assert!(
            wt.len() >= self.k * self.k * self.cout * cinpad
                && gy.len() >= nimg * self.cout * npos
                && gx.len() >= nimg * image,
            "conv2d: buffers too small for {nimg} images"
        );
        let mut gxt = scratch::<f32>(self.hp * self.wp * cinpad);
        for (gi, gxi) in gy
            .chunks_exact((self.cout * npos).max(1))
            .zip(gx.chunks_exact_mut(image.max(1)))
            .take(nimg)
        {
            gxt.fill(0.0);
            let (c, gxt) = (*self, &mut gxt[..]);
            vectorised!(isa, scatter_taps(c: ChanVec, gi: &[f32], wt: &[f32], gxt: &mut [f32]));
            self.add_interiors(isa, gxt, gxi);
        }
        recycle(gxt);
    }

    /// Adds the interiors of the position-major padded planes `gxt` (`[hp·wp][cinpad]`) to one
    /// image's gradient `gx` (`[cin][h][w]`): on AVX2 by 8 × 8 transposes
    /// (`x86::add_interiors`), elsewhere float by float.
    fn add_interiors(&self, isa: Isa, gxt: &[f32], gx: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if isa != Isa::Scalar {
            // SAFETY: the CPU has AVX2 and FMA (every `Isa` but `Scalar` implies them; `Isa`
            // values come from run-time detection).
            unsafe { x86::add_interiors(*self, gxt, gx) };
            return;
        }
        let _ = isa;
        let cinpad = self.cin_pad();
        for (ci, plane) in gx
            .chunks_exact_mut((self.h * self.w).max(1))
            .take(self.cin)
            .enumerate()
        {
            for (iy, row) in plane.chunks_exact_mut(self.w.max(1)).enumerate() {
                for (ix, d) in row.iter_mut().enumerate() {
                    *d += gxt[((iy + self.p) * self.wp + ix + self.p) * cinpad + ci];
                }
            }
        }
    }

    /// The interiors of `xp`'s padded planes (`[cin][hp][wp]`, borders left as they are: zeros
    /// written once per call) as the planes of one image `x` (`[cin][h][w]`), row by row, by
    /// vectors. Writing every float of every padded plane per image (`direct::place_rows`: the
    /// borders' zeros, vectors that run into the next row and are written again) took a fifth of
    /// the *strided* network's inference at batch 256. In [`Layout::ChannelBlocks`] (whose border
    /// is not the padding), the padded planes are blocks (`[cin / 16][hp][wp][16]`) and a row of
    /// a block is one copy.
    fn pad(&self, isa: Isa, layout: Layout, x: &[f32], xp: &mut [f32]) {
        let c = *self;
        match layout {
            Layout::Planar => {
                vectorised!(isa, copy_interiors(c: ChanVec, x: &[f32], xp: &mut [f32]))
            }
            Layout::ChannelBlocks { border } => {
                let (row, wb) = (c.w * CPAD, c.w + 2 * border);
                let framed = (c.h + 2 * border) * wb * CPAD;
                for (dst, src) in xp
                    .chunks_exact_mut(c.hp * c.wp * CPAD)
                    .zip(x.chunks_exact(framed))
                {
                    for r in 0..c.h {
                        let (at, from) = (
                            ((c.p + r) * c.wp + c.p) * CPAD,
                            ((border + r) * wb + border) * CPAD,
                        );
                        dst[at..at + row].copy_from_slice(&src[from..from + row]);
                    }
                }
            }
        }
    }
}

/// The output channel counts the path serves, by input channels: at most 64, or 128 from 64
/// input channels (one image is one task here, where the packed products split wider layers'
/// channels; see [`ChanVec::serves`]).
const fn few_outputs(cin: usize, cout: usize) -> bool {
    cout <= 64 || (cout <= 128 && cin >= 64)
}

/// Row `r` of plane `i` of `x` (`[cin][h][w]`) into row `p + r`, columns `p..p + w` of plane `i`
/// of `xp` (`[cin][hp][wp]`), by vectors (`direct::copy_row`); nothing else of `xp` is written.
#[inline(always)]
fn copy_interiors<S: Simd>(s: S, c: ChanVec, x: &[f32], xp: &mut [f32]) {
    // SAFETY: `copy_row` writes only initialised floats; viewing initialised floats as possibly
    // uninitialised ones loses nothing.
    let xp = unsafe { &mut *(xp as *mut [f32] as *mut [MaybeUninit<f32>]) };
    if c.w == 0 {
        return;
    }
    for (plane, src) in xp
        .chunks_exact_mut(c.hp * c.wp)
        .zip(x.chunks_exact(c.h * c.w))
    {
        for (r, row) in src.chunks_exact(c.w).enumerate() {
            super::direct::copy_row(s, row, &mut plane[(c.p + r) * c.wp + c.p..]);
        }
    }
}

/// The position-major blocks `stage` of one image into its output `y` (`[cout][ho][wo]`, every
/// element written) with the bias added, and with `relu` the ReLU applied: per channel, vectors of
/// positions gathered from the blocks' rows (x86 CPUs with AVX2 or AVX-512 transpose instead:
/// `x86::put_transposed`).
#[inline(always)]
fn put<S: Simd>(
    s: S,
    c: ChanVec,
    stage: &[f32],
    bias: &[f32],
    relu: bool,
    y: &mut [MaybeUninit<f32>],
) {
    let (l, npos) = (S::LANES, c.ho * c.wo);
    let idx: [i32; 16] = std::array::from_fn(|i| (i * c.cpad) as i32);
    // What makes the gathers sound: the last vector of positions ends inside `stage`.
    assert!(npos.div_ceil(l) * l * c.cpad <= stage.len() && y.len() >= c.cout * npos);
    for (o, (yo, &b)) in y.chunks_exact_mut(npos).zip(bias).enumerate() {
        let b = s.splat(b);
        for (p0, d) in (0..npos).step_by(l).zip(yo.chunks_mut(l)) {
            // SAFETY: rows `p0..p0 + l` of `stage` (asserted above), channel `o < cpad`.
            let v = unsafe { s.gather(stage.as_ptr().add(p0 * c.cpad + o), &idx) };
            let v = s.add(v, b);
            let v = if relu { s.relu(v) } else { v };
            s.store_first_uninit(d, v);
        }
    }
}

/// The AVX2 write-out of the position-major blocks: 8 × 8 transposes in registers, where AMD's
/// cores take several times longer over a gather of 8 floats. CPUs with AVX-512 take it too: on
/// a 2-vCPU AMD EPYC with AVX-512 (Zen 4), the 16-lane gathers of [`super::put`] took 17.6% and
/// 16.7% of *strided*'s inference at 1 thread (`perf record`, `zoo --model strided --only
/// infer`), these transposes 14.5% and 12.8% (against 61% and 64–70% for the products, which
/// did not change), about 5% of the whole.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;
    use std::mem::MaybeUninit;

    use super::ChanVec;
    use crate::ops::simd::{Avx2, Simd};

    /// As `super::rows_to_lanes`: blocks of 8 rows × 8 columns by 8 loads, an 8 × 8 transpose
    /// and 8 stores, 16 columns at a time (each 16 destination rows written in full before the
    /// next; the two blocks of 8 columns of 8 source rows one after the other, a cache line of
    /// each row, before the next 8 rows: source rows a multiple of 4 KiB apart share a set of
    /// the 8-way level-1 cache, and 16 of them evicted each other between the two halves of
    /// their lines); the rows and columns past the last full blocks float by float. (Masked
    /// loads for the partial blocks instead, zeros for the missing rows, made *strided*'s
    /// batch-1 latency 5% longer.)
    #[target_feature(enable = "avx2,fma")]
    pub fn rows_to_lanes(src: &[f32], rows: usize, cols: usize, dst: &mut [f32], stride: usize) {
        // What makes the loads and stores sound: every block lies inside `src` and `dst`.
        assert!(src.len() >= rows * cols && dst.len() >= cols * stride && rows <= stride);
        // SAFETY: the CPU has AVX2 and FMA (this function's target features), as for every
        // intrinsic below.
        let s = unsafe { Avx2::new() };
        let (r8, c8) = (rows / 8 * 8, cols / 8 * 8);
        for c16 in (0..c8).step_by(16) {
            for r0 in (0..r8).step_by(8) {
                for c0 in (c16..c8.min(c16 + 16)).step_by(8) {
                    // SAFETY: columns `c0..c0 + 8` of rows `r0..r0 + 8` (`c0 + 8 <= cols`,
                    // `r0 + 8 <= rows`; asserted above).
                    let r: [__m256; 8] = std::array::from_fn(|i| unsafe {
                        _mm256_loadu_ps(src.as_ptr().add((r0 + i) * cols + c0))
                    });
                    for (j, v) in s.transpose8(r).into_iter().enumerate() {
                        // SAFETY: floats `r0..r0 + 8 <= rows <= stride` of row `c0 + j < cols`.
                        let d = unsafe { dst.as_mut_ptr().add((c0 + j) * stride + r0) };
                        // SAFETY: as just above.
                        unsafe { _mm256_storeu_ps(d, v) };
                    }
                }
            }
        }
        for c in 0..cols {
            let r_from = if c < c8 { r8 } else { 0 };
            for r in r_from..rows {
                dst[c * stride + r] = src[r * cols + c];
            }
        }
    }

    /// As `ChanVec::add_interiors`: the interiors of `gxt` (`[hp·wp][cinpad]`) added to `gx`
    /// (`[cin][h][w]`), blocks of 8 positions along a row × 8 channels by 8 loads (the positions
    /// past the row as zeros), an 8 × 8 transpose and 8 masked additions (as many as there are
    /// channels).
    #[target_feature(enable = "avx2,fma")]
    pub fn add_interiors(c: ChanVec, gxt: &[f32], gx: &mut [f32]) {
        let (cinpad, plane) = (c.cin_pad(), c.h * c.w);
        // What makes the loads sound: every position read is an interior one of the padded
        // planes, and a block's 8 channels `c0..c0 + 8` lie inside a row (`cinpad` is a
        // multiple of 8).
        assert!(
            gxt.len() >= c.hp * c.wp * cinpad
                && gx.len() >= c.cin * plane
                && cinpad.is_multiple_of(8)
                && c.h + 2 * c.p == c.hp
                && c.w + 2 * c.p == c.wp
        );
        // SAFETY: the CPU has AVX2 and FMA (this function's target features), as for every
        // intrinsic below.
        let s = unsafe { Avx2::new() };
        for c0 in (0..c.cin).step_by(8) {
            let live = (c.cin - c0).min(8);
            for iy in 0..c.h {
                let row = ((iy + c.p) * c.wp + c.p) * cinpad + c0;
                for x0 in (0..c.w).step_by(8) {
                    let n = (c.w - x0).min(8);
                    let r: [__m256; 8] = std::array::from_fn(|i| match i < n {
                        // SAFETY: position `x0 + i < w` of the row, channels `c0..c0 + 8`
                        // (asserted above).
                        true => unsafe {
                            _mm256_loadu_ps(gxt.as_ptr().add(row + (x0 + i) * cinpad))
                        },
                        false => _mm256_setzero_ps(),
                    });
                    for (i, v) in s.transpose8(r).into_iter().enumerate().take(live) {
                        let d = &mut gx[(c0 + i) * plane + iy * c.w + x0..][..n];
                        s.store_first(d, s.add(s.load_first(d), v));
                    }
                }
            }
        }
    }

    /// As `super::put`: the blocks `stage` (`[position][cpad]`) of one image into its output `y`
    /// (`[cout][ho][wo]`, every element written), the bias added and with `relu` the ReLU
    /// applied, 8 positions × 8 channels at a time: 8 loads, an 8 × 8 transpose, 8 stores (the
    /// last vector of each channel's positions masked).
    #[target_feature(enable = "avx2,fma")]
    pub fn put_transposed(
        c: ChanVec,
        stage: &[f32],
        bias: &[f32],
        relu: bool,
        y: &mut [MaybeUninit<f32>],
    ) {
        let npos = c.ho * c.wo;
        // What makes the loads sound: the last block of 8 positions ends inside `stage`, and a
        // block's 8 channels `o0..o0 + 8` inside a row (`cpad` is a multiple of 8).
        assert!(
            npos.div_ceil(8) * 8 * c.cpad <= stage.len()
                && c.cpad.is_multiple_of(8)
                && c.cout <= c.cpad
                && y.len() >= c.cout * npos
                && bias.len() >= c.cout
        );
        // SAFETY: the CPU has AVX2 and FMA (this function's target features), as for every
        // intrinsic below.
        let s = unsafe { Avx2::new() };
        for o0 in (0..c.cout).step_by(8) {
            let live = (c.cout - o0).min(8);
            let b: [__m256; 8] =
                std::array::from_fn(|i| _mm256_set1_ps(bias[o0 + i.min(live - 1)]));
            for p0 in (0..npos).step_by(8) {
                // SAFETY: rows `p0..p0 + 8` and floats `o0..o0 + 8` of each (asserted above).
                let r: [__m256; 8] = std::array::from_fn(|i| unsafe {
                    _mm256_loadu_ps(stage.as_ptr().add((p0 + i) * c.cpad + o0))
                });
                let t = s.transpose8(r);
                let n = (npos - p0).min(8);
                for (i, &v) in t.iter().enumerate().take(live) {
                    let v = _mm256_add_ps(v, b[i]);
                    let v = if relu { s.relu(v) } else { v };
                    let d = &mut y[(o0 + i) * npos + p0..][..n];
                    if n == 8 {
                        // SAFETY: `d` holds 8 floats.
                        unsafe { _mm256_storeu_ps(d.as_mut_ptr().cast(), v) };
                    } else {
                        let mut tail = [0f32; 8];
                        // SAFETY: `tail` holds 8 floats.
                        unsafe { _mm256_storeu_ps(tail.as_mut_ptr(), v) };
                        for (d, &t) in d.iter_mut().zip(&tail) {
                            d.write(t);
                        }
                    }
                }
            }
        }
    }
}

/// `src` (`rows` rows of `cols` floats) transposed into `dst` (`cols` rows of `stride` floats):
/// float `j` of row `i` to float `i` of row `j`, the rest of each row left as it is; on AVX2 by
/// 8 × 8 transposes in registers (`x86::rows_to_lanes`), elsewhere float by float. The
/// weights' packing (`[cout][taps]` to `[taps][cpad]`) and the weight gradient's output
/// gradient (`[cout][positions]` to `[positions][cpad]`), and Winograd's output gradient
/// (`winograd::channels_in_lanes`).
pub(super) fn rows_to_lanes(
    isa: Isa,
    src: &[f32],
    rows: usize,
    cols: usize,
    dst: &mut [f32],
    stride: usize,
) {
    #[cfg(target_arch = "x86_64")]
    if isa != Isa::Scalar {
        // SAFETY: the CPU has AVX2 and FMA (every `Isa` but `Scalar` implies them; `Isa` values
        // come from run-time detection).
        unsafe { x86::rows_to_lanes(src, rows, cols, dst, stride) };
        return;
    }
    let _ = isa;
    for (i, row) in src.chunks_exact(cols.max(1)).take(rows).enumerate() {
        for (d, &v) in dst[i..].iter_mut().step_by(stride).zip(row) {
            *d = v;
        }
    }
}

/// Taps per register tile of the weight gradient ([`grad_taps`]): a multiple of every tile's
/// `T`.
const GRAD_TAPS: usize = 12;

/// One image's weight gradient added to `dwt` (`[tap][cpad]`): for every group of `T` taps
/// (`offs`: where each reads from a window's corner in the padded image `xp`) and `V` vectors
/// of channels, `T·V` accumulators summing, over the output positions in order, the position's
/// gradient vectors (`gyt`, `[position][cpad]`) times each tap's input value broadcast. AVX2:
/// 6 taps × 2 vectors (12 accumulators, 2 loads and 6 broadcasts per 12 multiply-adds);
/// AVX-512: 12 taps × 1 vector.
#[inline(always)]
fn grad_taps<S: Simd>(s: S, c: ChanVec, xp: &[f32], gyt: &[f32], offs: &[usize], dwt: &mut [f32]) {
    match (S::LANES, c.s) {
        (16, 1) => grad_tiles::<S, 1, 1, 12>(s, &c, xp, gyt, offs, dwt),
        (16, _) => grad_tiles::<S, 2, 1, 12>(s, &c, xp, gyt, offs, dwt),
        (_, 1) => grad_tiles::<S, 1, 2, 6>(s, &c, xp, gyt, offs, dwt),
        _ => grad_tiles::<S, 2, 2, 6>(s, &c, xp, gyt, offs, dwt),
    }
}

/// [`grad_taps`] at stride `ST` with tiles of `T` taps × `V` vectors of channels.
#[inline(always)]
fn grad_tiles<S: Simd, const ST: usize, const V: usize, const T: usize>(
    s: S,
    c: &ChanVec,
    xp: &[f32],
    gyt: &[f32],
    offs: &[usize],
    dwt: &mut [f32],
) {
    let l = S::LANES;
    let (taps, plane) = (c.cin * c.k * c.k, c.hp * c.wp);
    // What makes the unchecked reads below sound: every offset is a tap of a window (channel
    // below `cin`, row and column below `k`), the positions are output positions of a
    // convolution of stride `ST`, whose windows end inside their padded planes (`ChanVec::new`),
    // and `xp` holds `cin` planes.
    let last = (c.cin - 1) * plane + (c.k - 1) * (c.wp + 1);
    assert!(
        ST == c.s
            && offs.len() >= taps.div_ceil(T) * T
            && offs.iter().all(|&o| o <= last)
            && xp.len() >= c.cin * plane
            && gyt.len() >= c.ho * c.wo * c.cpad
            && dwt.len() >= taps * c.cpad
            && (c.cpad / l).is_multiple_of(V)
    );
    for v0 in (0..c.cpad / l).step_by(V) {
        for t0 in (0..taps).step_by(T) {
            let off: [usize; T] = std::array::from_fn(|t| offs[t0 + t]);
            let mut acc = [[s.zero(); V]; T];
            for oy in 0..c.ho {
                let g = &gyt[oy * c.wo * c.cpad + v0 * l..][..c.wo * c.cpad - v0 * l];
                for ox in 0..c.wo {
                    let gv: [S::V; V] = std::array::from_fn(|v| s.load(&g[ox * c.cpad + v * l..]));
                    let at = ST * (oy * c.wp + ox);
                    for (a, &o) in acc.iter_mut().zip(&off) {
                        // SAFETY: a tap of the window of output position (oy, ox), inside `xp`
                        // (asserted above).
                        let b = s.splat(unsafe { *xp.get_unchecked(at + o) });
                        for (a, &gv) in a.iter_mut().zip(&gv) {
                            *a = s.fmadd(b, gv, *a);
                        }
                    }
                }
            }
            for (t, a) in acc.iter().enumerate().take(taps - t0) {
                for (v, &a) in a.iter().enumerate() {
                    let d = &mut dwt[(t0 + t) * c.cpad + (v0 + v) * l..];
                    s.store(d, s.add(s.load(d), a));
                }
            }
        }
    }
}

/// One image's input gradient added to the position-major padded planes `gxt`
/// (`[hp·wp][cinpad]`): the input channels in groups of `V` vectors, the output positions in
/// blocks of `P` along each row (the last block of a row moved back over the one before, its
/// overlap computed but not added again). AVX2: 6 positions (4 on rows narrower than 6) × 2
/// vectors, 12 accumulators, 2 loads and 6 broadcasts per 12 multiply-adds; AVX-512: 6 or 4
/// positions × 1 vector of 16.
#[inline(always)]
fn scatter_taps<S: Simd>(s: S, c: ChanVec, gy: &[f32], wt: &[f32], gxt: &mut [f32]) {
    match (S::LANES, c.s, c.wo >= 6) {
        (16, 1, true) => scatter_tiles::<S, 1, 1, 6>(s, &c, gy, wt, gxt),
        (16, 1, false) => scatter_tiles::<S, 1, 1, 4>(s, &c, gy, wt, gxt),
        (16, _, true) => scatter_tiles::<S, 2, 1, 6>(s, &c, gy, wt, gxt),
        (16, _, false) => scatter_tiles::<S, 2, 1, 4>(s, &c, gy, wt, gxt),
        (_, 1, true) => scatter_tiles::<S, 1, 2, 6>(s, &c, gy, wt, gxt),
        (_, 1, false) => scatter_tiles::<S, 1, 2, 4>(s, &c, gy, wt, gxt),
        (_, _, true) => scatter_tiles::<S, 2, 2, 6>(s, &c, gy, wt, gxt),
        (_, _, false) => scatter_tiles::<S, 2, 2, 4>(s, &c, gy, wt, gxt),
    }
}

/// [`scatter_taps`] at stride `ST` with tiles of `P` positions × `V` vectors of input channels.
#[inline(always)]
fn scatter_tiles<S: Simd, const ST: usize, const V: usize, const P: usize>(
    s: S,
    c: &ChanVec,
    gy: &[f32],
    wt: &[f32],
    gxt: &mut [f32],
) {
    let (l, npos, cinpad) = (S::LANES, c.ho * c.wo, c.cin_pad());
    assert!(
        ST == c.s
            && c.wo >= P
            && gy.len() >= c.cout * npos
            && wt.len() >= c.k * c.k * c.cout * cinpad
            && gxt.len() >= c.hp * c.wp * cinpad
            && (cinpad / l).is_multiple_of(V)
    );
    for v0 in (0..cinpad / l).step_by(V) {
        for oy in 0..c.ho {
            let mut x0 = 0;
            while x0 < c.wo {
                let x = x0.min(c.wo - P);
                for ky in 0..c.k {
                    for kx in 0..c.k {
                        // The tap's weight vectors of every output channel, and the block's
                        // gradients in every output channel's plane.
                        let wt = &wt[(ky * c.k + kx) * c.cout * cinpad + v0 * l..]
                            [..(c.cout - 1) * cinpad + V * l];
                        let g = &gy[oy * c.wo + x..][..(c.cout - 1) * npos + P];
                        let mut acc = [[s.zero(); V]; P];
                        for o in 0..c.cout {
                            // SAFETY: vector `v < V` of row `o < cout` of `wt`, and float `j < P`
                            // of plane `o` of `g` (both sliced to that length above).
                            let w: [S::V; V] = std::array::from_fn(|v| {
                                s.load(unsafe { wt.get_unchecked(o * cinpad + v * l..) })
                            });
                            for (j, a) in acc.iter_mut().enumerate() {
                                let b = s.splat(unsafe { *g.get_unchecked(o * npos + j) });
                                for (a, &w) in a.iter_mut().zip(&w) {
                                    *a = s.fmadd(b, w, *a);
                                }
                            }
                        }
                        // The positions a moved-back block shares with the one before were
                        // added by that one. (Skipped by a test on each position, which the
                        // compiler unrolls: `skip` would index the accumulators at run time and
                        // keep them in memory.)
                        for (j, a) in acc.iter().enumerate() {
                            if j < x0 - x {
                                continue;
                            }
                            let at = ((ST * oy + ky) * c.wp + ST * (x + j) + kx) * cinpad + v0 * l;
                            for (v, &a) in a.iter().enumerate() {
                                let d = &mut gxt[at + v * l..];
                                s.store(d, s.add(s.load(d), a));
                            }
                        }
                    }
                }
                x0 += P;
            }
        }
    }
}

/// Where [`blocks`] puts a register tile's sums in its output: the vector of channels
/// `c0..c0 + l` of output position (y, x) at `origin + c0 / 16 · block + y · row + x · col +
/// c0 % 16`, the bias (of every lane, zeros past `cout`) added and the ReLU applied when asked.
/// The position-major stage of a planar output: `row` = `wo · cpad`, `col` = `cpad`, `block` =
/// 16, no bias (the transpose adds it); an output in [`Layout::ChannelBlocks`]: `col` = 16, the
/// rows and blocks framed by the border.
#[derive(Clone, Copy)]
struct Sink<'a> {
    origin: usize,
    row: usize,
    col: usize,
    block: usize,
    bias: Option<&'a [f32]>,
    relu: bool,
}

/// Zeros in the border of every block of one image's output in [`Layout::ChannelBlocks`]
/// (`y`, blocks of `ho` × `wo` positions framed by `border`).
fn zero_borders(y: &mut [MaybeUninit<f32>], ho: usize, wo: usize, border: usize) {
    if border == 0 {
        return;
    }
    let (wb, zero) = (wo + 2 * border, MaybeUninit::new(0.0));
    let block = (ho + 2 * border) * wb * CPAD;
    for b in y.chunks_exact_mut(block) {
        // The top rows with the left border of the first row, the right border of each row with
        // the left of the next, and the last row's right border with the bottom rows.
        let top = (border * wb + border) * CPAD;
        b[..top].fill(zero);
        // (No rows: the top and bottom fills below cover the block, and nothing between.)
        for r in 0..ho.saturating_sub(1) {
            let end = ((border + r) * wb + border + wo) * CPAD;
            zero_gap(&mut b[end..end + 2 * border * CPAD]);
        }
        let end = ((border + ho - 1) * wb + border + wo) * CPAD;
        b[end..end + (border + border * wb) * CPAD].fill(zero);
    }
}

/// Zeros in `gap`, the border between two rows of a block: with a border of 1 or 2, stores of a
/// fixed length that the compiler writes out as stores in line (a `fill` of a length known
/// only at run time is a call of `memset`, whose cost on 128 bytes is mostly the call). In
/// `perf record` of the *strided* network's frozen inference at batch 256, the `memset`s called
/// from [`zero_borders`] took 0.7–1.8% of the samples with a call per gap and 0.3% (the top and
/// bottom rows) with these stores.
#[inline(always)]
fn zero_gap(gap: &mut [MaybeUninit<f32>]) {
    const ZEROS: [MaybeUninit<f32>; 4 * CPAD] = [MaybeUninit::new(0.0); 4 * CPAD];
    const ONE: usize = 2 * CPAD;
    const TWO: usize = 4 * CPAD;
    match gap.len() {
        ONE => gap.copy_from_slice(&ZEROS[..ONE]),
        TWO => gap.copy_from_slice(&ZEROS[..TWO]),
        _ => gap.fill(MaybeUninit::new(0.0)),
    }
}

/// Every block of one padded image `xp` (planes, or channel blocks as `from` says) into `out`
/// as `sink` places them: the output channels in groups of as many vectors as the registers
/// hold beside their positions. Register tiles: `R` rows × `P` columns of positions × `V`
/// vectors of channels, their `R·P·V` accumulators, `V` weights and a broadcast value within the
/// vector registers (32 with AVX-512, 16 with AVX2).
#[inline(always)]
fn image_blocks<S: Simd>(
    s: S,
    c: ChanVec,
    from: Layout,
    xp: &[f32],
    wpk: &[f32],
    out: &mut [MaybeUninit<f32>],
    sink: Sink<'_>,
) {
    match (c.s, from) {
        (1, Layout::Planar) => image_blocks_of::<S, 1, 1>(s, c, xp, wpk, out, sink),
        (1, _) => image_blocks_of::<S, 1, CPAD>(s, c, xp, wpk, out, sink),
        (_, Layout::Planar) => image_blocks_of::<S, 2, 1>(s, c, xp, wpk, out, sink),
        (_, _) => image_blocks_of::<S, 2, CPAD>(s, c, xp, wpk, out, sink),
    }
}

/// [`image_blocks`] at stride `ST` on an input whose positions are `PS` floats apart: 1 in
/// planes, 16 in channel blocks.
#[inline(always)]
fn image_blocks_of<S: Simd, const ST: usize, const PS: usize>(
    s: S,
    c: ChanVec,
    xp: &[f32],
    wpk: &[f32],
    out: &mut [MaybeUninit<f32>],
    sink: Sink<'_>,
) {
    let (l, nv, wide) = (S::LANES, c.cpad / S::LANES, c.wo >= 8);
    let (c, sink) = (&c, &sink);
    let mut v0 = 0;
    while v0 < nv {
        let v = (nv - v0).min(if l == 16 { 4 } else { 2 });
        let o = (&mut *out, v0);
        match (l, v, wide) {
            // Rows of 3 unless 2 compute fewer (16 rows: 18 in rows of 3).
            (16, 1, true) if c.ho.div_ceil(2) * 2 < c.ho.div_ceil(3) * 3 => {
                blocks::<S, ST, PS, 1, 8, 2>(s, c, xp, wpk, o, sink)
            }
            (16, 1, true) => blocks::<S, ST, PS, 1, 8, 3>(s, c, xp, wpk, o, sink),
            (16, 1, false) => blocks::<S, ST, PS, 1, 4, 4>(s, c, xp, wpk, o, sink),
            (16, 2, true) => blocks::<S, ST, PS, 2, 8, 1>(s, c, xp, wpk, o, sink),
            (16, 2, false) => blocks::<S, ST, PS, 2, 4, 3>(s, c, xp, wpk, o, sink),
            (16, 3, true) => blocks::<S, ST, PS, 3, 8, 1>(s, c, xp, wpk, o, sink),
            (16, 3, false) => blocks::<S, ST, PS, 3, 4, 2>(s, c, xp, wpk, o, sink),
            (16, _, _) => blocks::<S, ST, PS, 4, 4, 1>(s, c, xp, wpk, o, sink),
            // AVX2 with one vector of channels: unreachable while `cpad` is a multiple of 16
            // (see `avx2_tile` on padding to 8).
            (_, 1, true) => blocks::<S, ST, PS, 1, 8, 1>(s, c, xp, wpk, o, sink),
            (_, 1, false) => blocks::<S, ST, PS, 1, 4, 3>(s, c, xp, wpk, o, sink),
            _ => match avx2_tile(c.wo, c.ho) {
                (6, _) => blocks::<S, ST, PS, 2, 6, 1>(s, c, xp, wpk, o, sink),
                (5, _) => blocks::<S, ST, PS, 2, 5, 1>(s, c, xp, wpk, o, sink),
                (3, _) => blocks::<S, ST, PS, 2, 3, 2>(s, c, xp, wpk, o, sink),
                (2, _) => blocks::<S, ST, PS, 2, 2, 3>(s, c, xp, wpk, o, sink),
                _ => blocks::<S, ST, PS, 2, 4, 1>(s, c, xp, wpk, o, sink),
            },
        }
        v0 += v;
    }
}

/// The AVX2 tile of 2 vectors of channels for an output of `ho` rows × `wo` columns: `(P, R)`,
/// `P` columns × `R` rows of positions, `2·P·R` accumulators beside 2 weights and a broadcast
/// value in the 16 registers. Of 3 × 2, 2 × 3 and 6 × 1 (12 accumulators), 5 × 1 (10) and 4 × 1
/// (8), the one with the least work: positions computed ([`computed`]; a block that would run past
/// the output is moved back over the one before, its overlap computed twice) times 1.05 with 10
/// accumulators and 1.15 with 8, the earlier in that order on a tie. Fewer accumulators than the
/// FMA units' latency times their number leave the units idle between dependent multiply-adds.
///
/// Measured at inference (`zoo --only infer`, 1 thread, the tile chosen per run in one build,
/// medians of 3 alternations): on 32 × 32 and 16 × 16 stride-1 outputs, 3 × 2 against 4 × 1
/// (which computes no column twice on them) ResNet20 1.06×, *vgg* 1.09×; 6 × 1 there 1.03× and
/// 1.09×; *strided* (stride 2, 16 × 16, 8 × 8 and 4 × 4 outputs) 1.06× with 3 × 2 on the first
/// two and 4 × 1 on 4 × 4, but 0.93× with 3 × 2 on 4 × 4 too (half its columns computed twice).
/// LeNet-5's second convolution (10 columns) keeps 5 × 1, which computes no column twice
/// (LeNet-5 inference 1.14× against 4 × 1 when it was chosen; 3 × 2 there: no change measured).
///
/// Tried and not kept: channels padded to 8 rather than 16 on AVX2, so that LeNet-5's first
/// convolution (3 → 8) takes this path on one vector of channels without idle lanes. That tile
/// needs a broadcast per multiply-add and lost to the direct path: LeNet-5 0.89× (6
/// alternations).
fn avx2_tile(wo: usize, ho: usize) -> (usize, usize) {
    // (columns, rows, weight in hundredths).
    let tiles = [
        (3, 2, 100),
        (2, 3, 100),
        (6, 1, 100),
        (5, 1, 105),
        (4, 1, 115),
    ];
    let (p, r, _) = tiles
        .into_iter()
        .filter(|&(p, ..)| p <= wo.max(4))
        .min_by_key(|&(p, r, weight)| computed(wo, ho, p, r) * weight)
        .expect("five candidates");
    (p, r)
}

/// Positions a tile of `p` columns × `r` rows computes on an output of `ho` rows × `wo` columns:
/// `⌈wo / p⌉·p` columns on `⌈ho / r⌉·r` rows.
fn computed(wo: usize, ho: usize, p: usize, r: usize) -> usize {
    wo.div_ceil(p) * p * ho.div_ceil(r) * r
}

/// Channel vectors `v0..v0 + V` (`out.1`) of every output position into `out.0` (as `sink`
/// places them), in blocks of `R` rows × `P` columns: the last block of a row starts `P`
/// columns before its end and the last rows repeat the last one (their positions are computed
/// twice, to the same values).
#[inline(always)]
fn blocks<
    S: Simd,
    const ST: usize,
    const PS: usize,
    const V: usize,
    const P: usize,
    const R: usize,
>(
    s: S,
    c: &ChanVec,
    xp: &[f32],
    wpk: &[f32],
    (out, v0): (&mut [MaybeUninit<f32>], usize),
    sink: &Sink<'_>,
) {
    let l = S::LANES;
    // What makes the stores sound: the last vector of the last position ends inside `out`, and a
    // vector lies inside one block (`l` divides 16).
    let last = (v0 + V - 1) * l;
    let far =
        sink.origin + last / CPAD * sink.block + (c.ho - 1) * sink.row + (c.wo - 1) * sink.col;
    assert!(
        CPAD.is_multiple_of(l)
            && far + last % CPAD + l <= out.len()
            && sink.bias.is_none_or(|b| b.len() >= c.cpad)
    );
    let mut y0 = 0;
    while y0 < c.ho {
        let rows: [usize; R] = std::array::from_fn(|r| (y0 + r).min(c.ho - 1));
        let mut x0 = 0;
        loop {
            let x = x0.min(c.wo - P);
            let acc = tile::<S, ST, PS, V, P, R>(s, c, xp, wpk, &rows, x, v0);
            for (acc, &y) in acc.iter().zip(&rows) {
                for (j, a) in acc.iter().enumerate() {
                    let pos = sink.origin + y * sink.row + (x + j) * sink.col;
                    for (v, &a) in a.iter().enumerate() {
                        let c0 = (v0 + v) * l;
                        let a = match sink.bias {
                            Some(b) => s.add(a, s.load(&b[c0..])),
                            None => a,
                        };
                        let a = if sink.relu { s.relu(a) } else { a };
                        let at = pos + c0 / CPAD * sink.block + c0 % CPAD;
                        s.store_uninit(&mut out[at..], a);
                    }
                }
            }
            x0 += P;
            if x0 >= c.wo {
                break;
            }
        }
        y0 += R;
    }
}

/// The sums of output rows `rows` × columns `x0..x0 + P` × channel vectors `v0..v0 + V`: over
/// every input channel and tap, the tap's `V` weight vectors times each position's input value
/// broadcast. The input `xp` is padded planes (`PS` = 1: channel `ci` at `ci · hp · wp`) or
/// padded channel blocks (`PS` = 16: at `ci / 16 · hp · wp · 16 + ci % 16`), its positions `PS`
/// floats apart.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn tile<
    S: Simd,
    const ST: usize,
    const PS: usize,
    const V: usize,
    const P: usize,
    const R: usize,
>(
    s: S,
    c: &ChanVec,
    xp: &[f32],
    wpk: &[f32],
    rows: &[usize; R],
    x0: usize,
    v0: usize,
) -> [[[S::V; V]; P]; R] {
    let l = S::LANES;
    let plane = c.hp * c.wp;
    // What makes the unchecked reads below sound: the positions are output positions (rows
    // below `ho`, columns below `wo`) of a convolution of stride `ST`, whose windows end
    // inside their padded planes (`ChanVec::new`), and `xp` holds `cin` planes or the blocks of
    // `cin` channels.
    assert!(
        ST == c.s
            && (PS == 1 || PS == CPAD)
            && x0 + P <= c.wo
            && rows.iter().all(|&y| y < c.ho)
            && xp.len() >= c.cin.div_ceil(PS) * PS * plane
    );
    let mut acc = [[[s.zero(); V]; P]; R];
    for ci in 0..c.cin {
        let base = match PS {
            1 => ci * plane,
            _ => ci / CPAD * plane * CPAD + ci % CPAD,
        };
        for ky in 0..c.k {
            let at: [usize; R] =
                std::array::from_fn(|r| base + ((ST * rows[r] + ky) * c.wp + ST * x0) * PS);
            for kx in 0..c.k {
                let t = (ci * c.k + ky) * c.k + kx;
                let wt = &wpk[t * c.cpad + v0 * l..][..V * l];
                let w: [S::V; V] = std::array::from_fn(|v| s.load(&wt[v * l..]));
                for (acc, &at) in acc.iter_mut().zip(&at) {
                    for (j, a) in acc.iter_mut().enumerate() {
                        // SAFETY: tap (ky, kx) of the window of output position (row, x0 + j)
                        // in channel `ci`, inside `xp` (asserted above; `ky, kx < k`).
                        let b = s.splat(unsafe { *xp.get_unchecked(at + (kx + ST * j) * PS) });
                        for (a, &w) in a.iter_mut().zip(&w) {
                            *a = s.fmadd(b, w, *a);
                        }
                    }
                }
            }
        }
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::super::{test_geometry, test_values as values};
    use super::*;
    use crate::forward::blocks_from_planar;

    /// `zero_borders` zeros every border float of each block and leaves the interior alone, for
    /// borders 1 to 3 (the in-line gaps and the general fill) and outputs of 0 to 3 rows.
    #[test]
    fn zero_borders_zeros_the_frame_only() {
        for border in 1..=3 {
            for ho in 0..=3 {
                let wo = 5;
                let (hb, wb) = (ho + 2 * border, wo + 2 * border);
                let mut y = vec![MaybeUninit::new(f32::NAN); 2 * hb * wb * CPAD];
                zero_borders(&mut y, ho, wo, border);
                for (i, v) in y.iter().enumerate() {
                    // SAFETY: every element was initialised (NaN, or a zero written over it).
                    let v = unsafe { v.assume_init() };
                    let (row, col) = (i / CPAD / wb % hb, i / CPAD % wb);
                    let inside = (border..border + ho).contains(&row)
                        && (border..border + wo).contains(&col);
                    assert_eq!(v.is_nan(), inside, "border {border}, {ho} rows, float {i}");
                }
            }
        }
    }

    /// `rows_to_lanes` moves float `j` of row `i` to float `i` of row `j` and leaves the rest of
    /// each destination row alone, on every instruction set: row and column counts around the
    /// blocks of 8 and the steps of 16 columns, into rows longer than the source has rows.
    #[test]
    fn rows_to_lanes_transposes() {
        for isa in Isa::available() {
            for rows in [1usize, 7, 8, 9, 16, 17] {
                for cols in [1, 7, 8, 9, 15, 16, 17, 24, 33] {
                    let stride = rows.div_ceil(8) * 8 + 3;
                    let src = values(rows * cols, 7);
                    let mut dst = vec![-9.0f32; cols * stride];
                    rows_to_lanes(isa, &src, rows, cols, &mut dst, stride);
                    for j in 0..cols {
                        for i in 0..stride {
                            let want = if i < rows { src[i * cols + j] } else { -9.0 };
                            assert_eq!(dst[j * stride + i], want, "{isa:?} {rows}×{cols}, {j} {i}");
                        }
                    }
                }
            }
        }
    }

    /// The two write-outs agree bit for bit on AVX2 (the gathers of `put`, which AVX-512 takes,
    /// and the transposes of `x86::put_transposed`): with and without the ReLU, on channel
    /// counts that leave a partial block of 8 and position counts that leave a partial vector,
    /// from blocks of random values of both signs.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn write_outs_agree() {
        if !Isa::available().contains(&Isa::Avx2) {
            return;
        }
        for (cin, cout, h, w) in [
            (3, 16, 9, 9),
            (2, 5, 8, 17),
            (4, 70, 11, 12),
            (1, 33, 16, 16),
        ] {
            let c = ChanVec::new(&test_geometry(1, cin, cout, h, w, 3, 2, 1));
            let npos = c.ho * c.wo;
            let stage = values::<f32>((npos + CPAD) * c.cpad, 5);
            let bias = values::<f32>(c.cout, 6);
            for relu in [false, true] {
                let mut a = vec![MaybeUninit::new(f32::NAN); c.cout * npos];
                let mut b = a.clone();
                let isa = Isa::Avx2;
                let (st, bs, ya) = (&stage[..], &bias[..], &mut a[..]);
                vectorised!(isa, put(c: ChanVec, st: &[f32], bs: &[f32], relu: bool, ya: &mut [MaybeUninit<f32>]));
                // SAFETY: the CPU has AVX2 (checked above).
                unsafe { x86::put_transposed(c, &stage, &bias, relu, &mut b) };
                for (i, (a, b)) in a.iter().zip(&b).enumerate() {
                    // SAFETY: initialised when created.
                    let (a, b) = unsafe { (a.assume_init(), b.assume_init()) };
                    assert_eq!(a.to_bits(), b.to_bits(), "{c:?} relu {relu}: [{i}]");
                    let (o, p) = (i / npos, i % npos);
                    let v = stage[p * c.cpad + o] + bias[o];
                    let want = if relu { v.max(0.0) } else { v };
                    assert_eq!(a, want, "{c:?} relu {relu}: [{i}]");
                }
            }
        }
    }

    /// The packed weights hold every weight at its place (`[tap][cpad]`) and zeros past `cout`,
    /// on every vector instruction set the CPU has: channel and tap counts that leave partial
    /// blocks of 8 (AVX2's transposes) or none.
    #[test]
    fn packed_weights_are_the_weights_transposed() {
        for (cin, cout, k) in [
            (3, 16, 3),
            (16, 32, 3),
            (5, 33, 2),
            (1, 8, 1),
            (7, 70, 3),
            (2, 5, 5),
        ] {
            let c = ChanVec::new(&test_geometry(1, cin, cout, 9, 9, k, 1, k / 2));
            let taps = cin * k * k;
            let w = values::<f32>(cout * taps, 7);
            for isa in Isa::available() {
                let wpk = c.pack_weights(isa, &w);
                assert_eq!(wpk.len(), taps * c.cpad);
                for (i, &v) in wpk.iter().enumerate() {
                    let (t, o) = (i / c.cpad, i % c.cpad);
                    let want = if o < cout { w[o * taps + t] } else { 0.0 };
                    assert_eq!(
                        v.to_bits(),
                        want.to_bits(),
                        "{isa:?} {c:?}: tap {t} channel {o}"
                    );
                }
            }
        }
    }

    /// The AVX2 tile for some outputs (`ho` × `wo`), by `avx2_tile`'s rule: 3 × 2 on 32 × 32,
    /// 16 × 16 and 8 × 8, 5 × 1 on 10 columns and 6 × 1 on 12 (no column computed twice), 2 × 3
    /// on 4 columns of 9 rows, 4 × 1 on 4 × 4; never wider than the output.
    #[test]
    fn avx2_tiles_by_work() {
        for ((ho, wo), want) in [
            ((32, 32), (3, 2)),
            ((16, 16), (3, 2)),
            ((8, 8), (3, 2)),
            ((10, 10), (5, 1)),
            ((11, 12), (6, 1)),
            ((9, 4), (2, 3)),
            ((4, 4), (4, 1)),
            ((1, 5), (5, 1)),
        ] {
            assert_eq!(avx2_tile(wo, ho), want, "{ho} x {wo}");
        }
        for ho in 1..20 {
            for wo in 4..40 {
                assert!(avx2_tile(wo, ho).0 <= wo, "{ho} x {wo}");
            }
        }
    }

    /// Which stride-1 convolutions of the zoo take the path on AVX2 (`beats_direct`), at
    /// inference and in training: LeNet-5's second convolution in both; LeNet5Classic's (6
    /// input channels) and ResNet20's and *vgg*'s 16- and 32-channel ones at inference only;
    /// LeNet-5's first (3 → 8, half of each vector idle) in neither; none on another CPU.
    #[test]
    fn stride1_convolutions_by_products() {
        for ((cin, cout, hw, k, p), infer, train) in [
            ((8, 16, 14, 5, 0), true, true),
            ((6, 16, 14, 5, 0), true, false),
            ((16, 16, 32, 3, 1), true, false),
            ((32, 32, 16, 3, 1), true, false),
            ((16, 32, 9, 3, 1), true, false),
            ((3, 8, 32, 5, 0), false, false),
        ] {
            let g = test_geometry(64, cin, cout, hw, hw, k, 1, p);
            assert_eq!(ChanVec::beats_direct(&g, Isa::Avx2, false), infer, "{g:?}");
            assert_eq!(ChanVec::beats_direct(&g, Isa::Avx2, true), train, "{g:?}");
            assert!(!ChanVec::beats_direct(&g, Isa::Scalar, false), "{g:?}");
        }
    }

    /// The forward pass against loops in `f64` on every vector instruction set the CPU has, at
    /// both strides, over paddings 0 to 2, kernels of 1, 2, 3 and 5, outputs that leave a partial
    /// last block of rows and of columns (or have fewer rows than a block; on AVX2 with tiles of
    /// 4, 5 and 6 columns and of 3 × 2 and 2 × 3 positions), and channel counts that leave every
    /// number of channel vectors in the last group (1 to 4 AVX-512 vectors; AVX2's groups are
    /// always 2 vectors, `cpad` being a multiple of 16), with a partial last vector, and input
    /// channels in one to three blocks; input and output planar and in channel blocks. Each
    /// output is within `4·ε` of the sum of the absolute values of its terms; scratch buffers
    /// start as NaN, as the path must overwrite them.
    #[test]
    fn forward_matches_naive_loops() {
        let mut cases = Vec::new();
        for (k, p) in [(3, 1), (3, 0), (1, 0), (5, 2), (2, 1)] {
            for (cin, cout, h, w) in [
                (3, 16, 9, 9),
                (2, 5, 8, 17),
                (5, 33, 13, 10),
                (1, 50, 4, 20),
                (4, 70, 11, 12),
                (3, 140, 7, 8),
                (2, 20, 6, 9),
                (3, 100, 10, 7),
                // AVX2's tiles of 3 × 2 and 2 × 3 positions (`avx2_tile`) at stride 1.
                (2, 20, 8, 8),
                (3, 17, 9, 4),
                // Input channels in one and in three blocks (the last partial).
                (16, 24, 9, 9),
                (35, 17, 6, 8),
            ] {
                for stride in STRIDES {
                    cases.push(test_geometry(2, cin, cout, h, w, k, stride, p));
                }
            }
        }
        // The kernel's own bound (`ChanVec::new`); `serves` adds where it is the faster path.
        cases.retain(|g| g.w_out >= 4);
        let acts = [None, Some(Activation::Relu), Some(Activation::Tanh)];
        on_vector_isas(&cases, |isa, ci, g| {
            let x = values::<f32>(g.batch * g.chan_in * g.h_in * g.w_in, 1);
            let wt = values::<f32>(g.chan_out * g.chan_in * g.kernel * g.kernel, 2);
            let bias = values::<f32>(g.chan_out, 3);
            let (k, plane) = (g.kernel, g.h_out * g.w_out);
            let mut want = vec![0f64; g.batch * g.chan_out * plane];
            let mut scale = want.clone();
            for (yi, (want, scale)) in want.iter_mut().zip(&mut scale).enumerate() {
                let (n, o, pos) = (yi / plane / g.chan_out, yi / plane % g.chan_out, yi % plane);
                let (oy, ox) = (pos / g.w_out, pos % g.w_out);
                *want = bias[o] as f64;
                *scale = want.abs();
                for c in 0..g.chan_in {
                    for ky in 0..k {
                        for kx in 0..k {
                            let (iy, ix) = (oy * g.stride + ky, ox * g.stride + kx);
                            let p = g.padding;
                            if iy < p || ix < p || iy - p >= g.h_in || ix - p >= g.w_in {
                                continue;
                            }
                            let xi = ((n * g.chan_in + c) * g.h_in + iy - p) * g.w_in + ix - p;
                            let t =
                                x[xi] as f64 * wt[((o * g.chan_in + c) * k + ky) * k + kx] as f64;
                            *want += t;
                            *scale += t.abs();
                        }
                    }
                }
            }
            // Each case with each activation in turn (none, ReLU folded into the write-out,
            // Tanh applied after it): both are 1-Lipschitz, so the bound carries over, plus
            // Tanh's own few ulp.
            let act = acts[ci % acts.len()];
            let (f, extra): (fn(f64) -> f64, f64) = match act {
                None => (|v| v, 0.0),
                Some(Activation::Relu) => (|v| v.max(0.0), 0.0),
                Some(Activation::Tanh) => (f64::tanh, 4.0 * f32::EPSILON as f64),
                Some(Activation::Sigmoid) => unreachable!("not among the cases"),
            };
            let cv = ChanVec::new(g);
            let wpk = cv.pack_weights(isa, &wt);
            // Pairs of layouts: channel blocks read as they are (their border the padding) and
            // copied (another border), written with borders of 0 to 2; the input's lanes past
            // `cin` NaN (never read).
            let blocks = |border| Layout::ChannelBlocks { border };
            let out_shape = (g.batch, g.chan_out, g.h_out, g.w_out);
            for (from, to) in [
                (Layout::Planar, Layout::Planar),
                (blocks(g.padding), Layout::Planar),
                (Layout::Planar, blocks(0)),
                (blocks(g.padding + 1), blocks(1)),
                (blocks(0), blocks(2)),
            ] {
                let xs = match from {
                    Layout::Planar => x.clone(),
                    Layout::ChannelBlocks { border } => blocks_from_planar(
                        &x,
                        (g.batch, g.chan_in, g.h_in, g.w_in),
                        border,
                        f32::NAN,
                    ),
                };
                let n = g.batch * image_len(g.chan_out, g.h_out, g.w_out, to);
                let mut got = vec![MaybeUninit::new(f32::NAN); n];
                cv.forward(isa, &xs, from, g.batch, &wpk, &bias, act, &mut got, to);
                // SAFETY: initialised when created.
                let got: Vec<f32> = got.iter().map(|y| unsafe { y.assume_init() }).collect();
                let got = match to {
                    Layout::Planar => got,
                    Layout::ChannelBlocks { border } => {
                        // The border holds zeros.
                        let frame =
                            blocks_from_planar(&vec![1.0; want.len()], out_shape, border, f32::NAN);
                        for (i, (&v, &f)) in got.iter().zip(&frame).enumerate() {
                            assert!(f != 0.0 || v == 0.0, "{isa:?} {g:?} {to:?}: [{i}] {v}");
                        }
                        crate::forward::planar_from_blocks(&got, &out_shape, border)
                    }
                };
                for (i, ((&a, &b), &m)) in got.iter().zip(&want).zip(&scale).enumerate() {
                    let (a, b) = (a as f64, f(b));
                    assert!(
                        (a - b).abs() <= 4.0 * f32::EPSILON as f64 * m + extra,
                        "{isa:?} {g:?} {act:?} {from:?} → {to:?}: [{i}] {a} vs {b} (scale {m})"
                    );
                }
            }
        });
    }

    /// Runs `check(isa, i, case)` for every vector instruction set the CPU has and every case
    /// (`i` its index), with the scratch buffers the kernels take filled with NaN
    /// ([`crate::ops::poison_scratch`]): the path must overwrite them.
    fn on_vector_isas(
        cases: &[Conv2dGeometry],
        mut check: impl FnMut(Isa, usize, &Conv2dGeometry),
    ) {
        for isa in Isa::available().into_iter().filter(|&i| i != Isa::Scalar) {
            crate::ops::poison_scratch(true);
            for (i, g) in cases.iter().enumerate() {
                check(isa, i, g);
            }
            crate::ops::poison_scratch(false);
        }
    }

    /// The gradient tests' convolutions: each `(batch, cin, cout, h, w)` of `shapes` with
    /// kernels of 1, 2, 3 and 5, paddings 0 to 2, at both strides, where the path's tiles serve
    /// them (outputs at least 4 wide).
    fn grad_cases(shapes: &[(usize, usize, usize, usize, usize)]) -> Vec<Conv2dGeometry> {
        let mut cases = Vec::new();
        for (k, p) in [(3, 1), (3, 0), (1, 0), (5, 2), (2, 1)] {
            for &(n, cin, cout, h, w) in shapes {
                for stride in STRIDES {
                    cases.push(test_geometry(n, cin, cout, h, w, k, stride, p));
                }
            }
        }
        cases.retain(|g| g.w_out >= 4);
        cases
    }

    /// Every value of `got` within `eps·ε` (`f32`) of `want`, `ε` scaled by `scale` (the sum of
    /// the magnitudes of the value's terms; where that is 0 the value must be exact).
    fn assert_within(got: &[f32], want: &[f64], scale: &[f64], eps: f64, context: &str) {
        assert_eq!(got.len(), want.len(), "{context}");
        for (i, ((&a, &b), &m)) in got.iter().zip(want).zip(scale).enumerate() {
            assert!(
                (a as f64 - b).abs() <= eps * f32::EPSILON as f64 * m,
                "{context}: [{i}] {a} vs {b} (scale {m})"
            );
        }
    }

    /// The weight gradient against loops in `f64` on every vector instruction set the CPU has,
    /// at both strides, over paddings 0 to 2, kernels of 1, 2, 3 and 5, tap counts that leave a
    /// partial last tile of taps (and fewer taps than a tile), channel counts that leave a partial
    /// last vector and several groups of vectors, and 1 to 3 images. The gradient is added to
    /// what `gw` held (`start`); each is within `WG_EPS·ε` of the sum of the
    /// absolute values of its terms; scratch buffers start as NaN, as the path must overwrite
    /// them.
    #[test]
    fn weight_grad_matches_naive_loops() {
        /// The bound, in units of `f32::EPSILON` of the terms' magnitude (1.4 achieved).
        const WG_EPS: f64 = 4.0;
        /// What `gw` holds before: values of both signs, exact in `f32`.
        fn start(i: usize) -> f32 {
            (i % 7) as f32 * 0.25 - 0.75
        }
        let cases = grad_cases(&[
            (2, 3, 16, 9, 9),
            (1, 2, 5, 8, 17),
            (3, 5, 33, 13, 10),
            (2, 1, 50, 4, 20),
            (1, 4, 70, 11, 12),
        ]);
        on_vector_isas(&cases, |isa, _, g| {
            let (k, npos) = (g.kernel, g.h_out * g.w_out);
            let taps = g.chan_in * k * k;
            let x = values::<f32>(g.batch * g.chan_in * g.h_in * g.w_in, 4);
            let gy = values::<f32>(g.batch * g.chan_out * npos, 5);
            let mut want = vec![0f64; g.chan_out * taps];
            let mut scale = want.clone();
            for (wi, (want, scale)) in want.iter_mut().zip(&mut scale).enumerate() {
                let (o, c, ky, kx) = (wi / taps, wi % taps / (k * k), wi % (k * k) / k, wi % k);
                *want = start(wi) as f64;
                *scale = want.abs();
                for n in 0..g.batch {
                    for pos in 0..npos {
                        let (oy, ox) = (pos / g.w_out, pos % g.w_out);
                        let (iy, ix) = (oy * g.stride + ky, ox * g.stride + kx);
                        let p = g.padding;
                        if iy < p || ix < p || iy - p >= g.h_in || ix - p >= g.w_in {
                            continue;
                        }
                        let xi = ((n * g.chan_in + c) * g.h_in + iy - p) * g.w_in + ix - p;
                        let t = x[xi] as f64 * gy[(n * g.chan_out + o) * npos + pos] as f64;
                        *want += t;
                        *scale += t.abs();
                    }
                }
            }
            let mut got: Vec<f32> = (0..want.len()).map(start).collect();
            ChanVec::new(g).weight_grad(isa, &x, g.batch, &gy, &mut got);
            assert_within(&got, &want, &scale, WG_EPS, &format!("{isa:?} {g:?}"));
        });
    }

    /// The input gradient against loops in `f64` on every vector instruction set the CPU has,
    /// at both strides, over paddings 0 to 2, kernels of 1, 2, 3 and 5, rows of output positions
    /// that leave a partial last block (and rows of 4 and 5, below the 6-position tile), input
    /// channel counts that leave a partial last vector and several groups of vectors, and 1 to 3
    /// images. The gradient is added to what `gx` held; each is within `IG_EPS·ε` of the sum of
    /// the absolute values of its terms; scratch buffers start as NaN, as the path must
    /// overwrite them.
    #[test]
    fn input_grad_matches_naive_loops() {
        /// The bound, in units of `f32::EPSILON` of the terms' magnitude (under 2 achieved).
        const IG_EPS: f64 = 4.0;
        /// What `gx` holds before: values of both signs, exact in `f32`.
        fn start(i: usize) -> f32 {
            (i % 5) as f32 * 0.5 - 1.0
        }
        let cases = grad_cases(&[
            (2, 16, 3, 9, 9),
            (1, 5, 2, 8, 17),
            (3, 33, 5, 13, 10),
            (2, 50, 1, 4, 20),
            (1, 70, 4, 11, 12),
            (1, 9, 7, 10, 11),
        ]);
        on_vector_isas(&cases, |isa, _, g| {
            let (k, npos, plane) = (g.kernel, g.h_out * g.w_out, g.h_in * g.w_in);
            let w = values::<f32>(g.chan_out * g.chan_in * k * k, 6);
            let gy = values::<f32>(g.batch * g.chan_out * npos, 7);
            let n = g.batch * g.chan_in * plane;
            let mut want: Vec<f64> = (0..n).map(|i| start(i) as f64).collect();
            let mut scale: Vec<f64> = want.iter().map(|v| v.abs()).collect();
            for b in 0..g.batch {
                for o in 0..g.chan_out {
                    for pos in 0..npos {
                        let (oy, ox) = (pos / g.w_out, pos % g.w_out);
                        for (t, (ky, kx)) in
                            (0..k).flat_map(|y| (0..k).map(move |x| (y, x))).enumerate()
                        {
                            let (iy, ix) = (oy * g.stride + ky, ox * g.stride + kx);
                            let p = g.padding;
                            if iy < p || ix < p || iy - p >= g.h_in || ix - p >= g.w_in {
                                continue;
                            }
                            for ci in 0..g.chan_in {
                                let at = (b * g.chan_in + ci) * plane + (iy - p) * g.w_in + ix - p;
                                let v = w[(o * g.chan_in + ci) * k * k + t] as f64
                                    * gy[(b * g.chan_out + o) * npos + pos] as f64;
                                want[at] += v;
                                scale[at] += v.abs();
                            }
                        }
                    }
                }
            }
            let cv = ChanVec::new(g);
            let mut got: Vec<f32> = (0..n).map(start).collect();
            cv.input_grad(isa, &cv.input_grad_weights(&w), g.batch, &gy, &mut got);
            assert_within(&got, &want, &scale, IG_EPS, &format!("{isa:?} {g:?}"));
        });
    }
}
