//! Compile-fail cases: each `.stderr` snapshot in `ui-tests/` is the specification of one designed
//! error message. Regenerate with `TRYBUILD=overwrite cargo test --test ui` and read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    // Pass cases: these are built (not only checked), so the suite also exercises codegen.
    t.pass("ui-tests/pass_lenet5.rs");
    t.pass("ui-tests/pass_lenet5_classic.rs");
    t.pass("ui-tests/pass_strided_padded.rs");
    t.pass("ui-tests/pass_params.rs");
    // One case per designed message.
    t.compile_fail("ui-tests/conv_channel_mismatch.rs");
    t.compile_fail("ui-tests/linear_wrong_features.rs");
    t.compile_fail("ui-tests/kernel_too_large.rs");
    t.compile_fail("ui-tests/window_too_large.rs");
    t.compile_fail("ui-tests/vector_into_conv.rs");
    t.compile_fail("ui-tests/lenet5_on_28x28.rs");
    t.compile_fail("ui-tests/flatten_too_large.rs");
    t.compile_fail("ui-tests/image_too_large.rs");
    t.compile_fail("ui-tests/zero_stride.rs");
    t.compile_fail("ui-tests/zero_kernel.rs");
    t.compile_fail("ui-tests/params_mismatch.rs");
    t.compile_fail("ui-tests/summary_wrong_input.rs");
    t.compile_fail("ui-tests/pool_padding_too_large.rs");
    t.compile_fail("ui-tests/residual_shape_mismatch.rs");
    t.compile_fail("ui-tests/shortcut_mismatch.rs");
    t.compile_fail("ui-tests/batchnorm_channels.rs");
    t.compile_fail("ui-tests/dropout_percent.rs");
    t.compile_fail("ui-tests/deep_block_mistake.rs");
}
