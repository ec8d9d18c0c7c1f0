package dev.apigw.simulator.websocket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client channel that keeps what it was sent and how it was closed. */
final class RecordingChannel implements ClientChannel {
    final List<String> sent = new CopyOnWriteArrayList<>();
    final List<byte[]> sentBinary = new CopyOnWriteArrayList<>();
    volatile int closeCode = -1;
    volatile String closeReason;

    @Override
    public void send(String text) {
        sent.add(text);
    }

    @Override
    public void sendBinary(byte[] data) {
        sentBinary.add(data);
    }

    @Override
    public void close(int code, String reason) {
        closeCode = code;
        closeReason = reason;
    }

    String last() {
        return sent.get(sent.size() - 1);
    }
}
