import {
  to = awscc_wellarchitected_lens.example
  id = "lens_arn"
}