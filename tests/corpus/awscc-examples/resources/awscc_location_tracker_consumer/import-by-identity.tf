import {
  to = awscc_location_tracker_consumer.example
  identity = {
    tracker_name = "tracker_name"
    consumer_arn = "consumer_arn"
  }
}
