// Parameter counts are consts, checked while the crate compiles; they match dfdx's runtime count.
use constnet::prelude::*;

const _: () = assert!(LeNet5::PARAMS == 62_958);
const _: () = assert!(LeNet5Classic::PARAMS == 61_706);
const _: () = assert!(Conv2d::<3, 16, 3, 2, 1>::PARAMS == 16 * 3 * 3 * 3 + 16);
const _: () = assert!(Linear::<400, 120>::PARAMS == 120 * 400 + 120);

fn main() {
    let dev: Cpu = Default::default();
    assert_eq!(
        dev.build_module::<LeNet5, f32>().num_trainable_params(),
        LeNet5::PARAMS
    );
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    assert_eq!(s.total_params(), LeNet5::PARAMS);
}
