import {
  to = awscc_sagemaker_space.example
  identity = {
    domain_id  = "domain_id"
    space_name = "space_name"
  }
}
