// The model report is computed from the types: LeNet5's summary on 28×28 images fails to compile
// with the same message as running LeNet5 on them.
use constnet::prelude::*;

fn main() {
    let summary = Summary::of::<LeNet5, Rank3<3, 28, 28>>();
    println!("{summary}");
}
