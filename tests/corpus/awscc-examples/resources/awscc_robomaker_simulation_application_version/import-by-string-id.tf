import {
  to = awscc_robomaker_simulation_application_version.example
  id = "arn"
}