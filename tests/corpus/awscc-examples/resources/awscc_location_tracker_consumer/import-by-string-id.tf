import {
  to = awscc_location_tracker_consumer.example
  id = "tracker_name|consumer_arn"
}