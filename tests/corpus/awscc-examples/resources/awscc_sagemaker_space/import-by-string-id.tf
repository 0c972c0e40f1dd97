import {
  to = awscc_sagemaker_space.example
  id = "domain_id|space_name"
}