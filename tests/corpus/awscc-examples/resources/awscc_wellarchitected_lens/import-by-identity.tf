import {
  to = awscc_wellarchitected_lens.example
  identity = {
    lens_arn = "lens_arn"
  }
}
