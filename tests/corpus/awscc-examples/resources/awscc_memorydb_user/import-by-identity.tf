import {
  to = awscc_memorydb_user.example
  identity = {
    user_name = "user_name"
  }
}
