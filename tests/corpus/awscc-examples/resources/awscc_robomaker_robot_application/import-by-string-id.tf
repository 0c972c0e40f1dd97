import {
  to = awscc_robomaker_robot_application.example
  id = "arn"
}