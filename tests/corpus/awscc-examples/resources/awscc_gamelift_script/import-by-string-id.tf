import {
  to = awscc_gamelift_script.example
  id = "id"
}