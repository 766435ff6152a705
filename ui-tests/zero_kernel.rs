// A 0×0 kernel has nothing to convolve with.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let _conv = dev.build_module::<Conv2d<3, 8, 0>, f32>();
}
