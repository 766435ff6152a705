// Image sizes, channels, kernels, strides and padding are supported up to 1024.
use constnet::prelude::*;

fn main() {
    let _: Output<Conv2d<3, 8, 3>, Rank3<3, 2000, 2000>> = (Const::<8>, Const::<1998>, Const::<1998>);
}
