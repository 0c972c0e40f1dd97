import {
  to = awscc_robomaker_simulation_application.example
  identity = {
    arn = "arn"
  }
}
