import {
  to = awscc_ivschat_room.example
  identity = {
    arn = "arn"
  }
}
