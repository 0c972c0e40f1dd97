import {
  to = awscc_globalaccelerator_accelerator.example
  id = "accelerator_arn"
}