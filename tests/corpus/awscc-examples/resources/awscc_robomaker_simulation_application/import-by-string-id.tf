import {
  to = awscc_robomaker_simulation_application.example
  id = "arn"
}