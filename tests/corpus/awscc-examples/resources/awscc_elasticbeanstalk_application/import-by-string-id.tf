import {
  to = awscc_elasticbeanstalk_application.example
  id = "application_name"
}