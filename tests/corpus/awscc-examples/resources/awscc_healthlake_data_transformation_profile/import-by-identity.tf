import {
  to = awscc_healthlake_data_transformation_profile.example
  identity = {
    arn = "arn"
  }
}
