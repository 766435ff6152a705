//! The model report, computed from the types before any tensor exists: per-layer output shapes,
//! activation sizes, parameters and multiply-adds, plus memory at a batch size, for LeNet-5 and
//! LeCun's original LeNet-5; then the LeNet-5 case study's table beside constnet's numbers.
//! Run with `cargo run --example summary`.
use constnet::prelude::*;
use constnet::summary::LENET5_SEED_COMPARISON;

// Parameter counts are consts: a wrong number here would not compile.
const _: () = assert!(LeNet5::PARAMS == 62_958);
const _: () = assert!(LeNet5Classic::PARAMS == 61_706);

fn main() {
    println!("LeNet5 on 3×32×32, batch 64");
    println!(
        "{}",
        Summary::of::<LeNet5, Rank3<3, 32, 32>>().with_batch(64)
    );

    println!("LeNet5Classic on 1×32×32, batch 64");
    println!(
        "{}",
        Summary::of::<LeNet5Classic, Rank3<1, 32, 32>>().with_batch(64)
    );

    println!("LeNet5 against the seed table");
    println!("{LENET5_SEED_COMPARISON}");
}
