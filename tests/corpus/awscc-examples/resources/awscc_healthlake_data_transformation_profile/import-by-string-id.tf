import {
  to = awscc_healthlake_data_transformation_profile.example
  id = "arn"
}