import {
  to = awscc_robomaker_robot_application_version.example
  identity = {
    arn = "arn"
  }
}
