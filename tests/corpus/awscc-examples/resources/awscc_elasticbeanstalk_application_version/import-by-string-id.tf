import {
  to = awscc_elasticbeanstalk_application_version.example
  id = "application_name|id"
}