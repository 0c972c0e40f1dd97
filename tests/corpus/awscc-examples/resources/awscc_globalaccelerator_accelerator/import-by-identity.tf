import {
  to = awscc_globalaccelerator_accelerator.example
  identity = {
    accelerator_arn = "accelerator_arn"
  }
}
