import {
  to = awscc_gamelift_script.example
  identity = {
    id = "id"
  }
}
