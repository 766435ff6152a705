// A parameter count is a const: asserting the wrong one (62,000 instead of 62,958) stops the build.
use constnet::prelude::*;

const _: () = assert!(LeNet5::PARAMS == 62_000);

fn main() {}
