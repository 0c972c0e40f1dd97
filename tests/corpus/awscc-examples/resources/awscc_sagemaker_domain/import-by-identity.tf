import {
  to = awscc_sagemaker_domain.example
  identity = {
    domain_id = "domain_id"
  }
}
