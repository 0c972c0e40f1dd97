import {
  to = awscc_elasticbeanstalk_environment.example
  id = "environment_name"
}