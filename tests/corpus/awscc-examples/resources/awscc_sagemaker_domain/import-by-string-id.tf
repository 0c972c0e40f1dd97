import {
  to = awscc_sagemaker_domain.example
  id = "domain_id"
}