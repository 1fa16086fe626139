"""The crisis reply's words, per language. Facts only from konosu-facts.md: 119 ambulance, 110 police, 189 child
guidance (24h, free, no name needed), よりそいホットライン (24h, free, a foreign-language line in its voice
guidance), DV相談＋ (24h, free, 11 languages). {number} is filled from plan_data/desks.yaml. "easy" is やさしい日本語
(the same facts, short sentences, readings in brackets)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "lead_119": "いますぐ 119 に電話して、救急車を呼んでください。薬をたくさん飲んだとき、血が止まらないときは、迷わず 119 へ。",
        "lead_110": "危険がせまっているときは、いますぐ 110(警察)に電話してください。できれば安全な場所へ移ってください。",
        "lead_189": "子どもが危ないと思ったら、189(児童相談所・24時間・無料・名前を言わなくてもかけられます)へ。命が危ないときは 110 へ。",
        "lead_danger": "今すぐ命の危険があるときは、迷わず 119(救急)か 110(警察)に電話してください。",
        "thanks": "話してくれてありがとうございます。ひとりで抱えこまないでください。\n"
                  "いま、あなたの話を聞いてくれる窓口があります。下のボタンから電話できます。",
        "concern": "もし、つらい気持ちをひとりで抱えていたら、話を聞いてくれる電話があります。",
        "alt": "いますぐ相談できる窓口:",
        "yorisoi": "", "dv_plus": "", "cards": "",
    },
    # やさしい日本語 (romaji Japanese, or a resident who asked for it): short sentences, readings in brackets
    "easy": {
        "lead_119": "すぐに 119(いち いち きゅう)に 電話(でんわ)して、救急車(きゅうきゅうしゃ)を よんで ください。"
                    "薬(くすり)を たくさん 飲(の)んだ ときや、血(ち)が 止(と)まらない ときも、119 です。",
        "lead_110": "あぶない ときは、すぐに 110(いち いち ぜろ・警察(けいさつ))に 電話(でんわ)して ください。"
                    "できれば、安全(あんぜん)な 場所(ばしょ)へ 行(い)って ください。",
        "lead_189": "子(こ)どもが あぶない ときは、189(いち はち きゅう・児童相談所(じどうそうだんじょ))に 電話(でんわ)"
                    "して ください。24時間(じかん)、お金(かね)は かかりません。名前(なまえ)を 言(い)わなくても "
                    "いいです。命(いのち)が あぶない ときは 110 です。",
        "lead_danger": "いま 命(いのち)が あぶない ときは、すぐに 119(救急(きゅうきゅう))か 110(警察(けいさつ))に "
                       "電話(でんわ)して ください。",
        "thanks": "話(はな)して くれて ありがとう ございます。ひとりで がまん しないで ください。",
        "yorisoi": "よりそいホットライン {number}: お金(かね)は かかりません。24時間(じかん)です。電話(でんわ)の "
                   "案内(あんない)で、外国語(がいこくご)の 相談(そうだん)も えらべます。",
        "dv_plus": "DV相談(そうだん)＋ {number}: お金(かね)は かかりません。24時間(じかん)です。11の ことばで "
                   "相談(そうだん)できます。",
        "cards": "下(した)の ボタンで 電話(でんわ)が できます。",
        "concern": "つらい ことを ひとりで かかえて いたら、話(はなし)を 聞(き)いて くれる 電話(でんわ)が あります。",
        "alt": "いま 電話(でんわ)できる 窓口(まどぐち):",
    },
    "en": {
        "lead_119": "Call 119 now for an ambulance. If you took too many pills or the bleeding will not stop, call 119 right away.",
        "lead_110": "If you are in danger, call 110 (police) now, and move to a safe place if you can.",
        "lead_189": "If a child is in danger, call 189 (child guidance centre: 24 hours, free, you do not have to give your name). If a life is in danger, call 110.",
        "lead_danger": "If a life is in danger right now, call 119 (ambulance) or 110 (police).",
        "thanks": "Thank you for telling us. You do not have to carry this alone.",
        "yorisoi": "Yorisoi Hotline (よりそいホットライン) {number}: free, 24 hours. In the voice guidance you can choose the line for foreign languages.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: free, 24 hours, in 11 languages.",
        "cards": "The buttons below call these lines (the cards are in Japanese).",
        "concern": "If you are going through something painful, you can talk to someone.",
        "alt": "Lines you can call now:",
    },
    "zh": {
        "lead_119": "请马上拨打119叫救护车。如果吃了很多药或者血止不住，请立刻拨打119。",
        "lead_110": "如果有危险，请马上拨打110(警察)，可以的话请先去安全的地方。",
        "lead_189": "如果孩子有危险，请拨打189(儿童咨询所：24小时、免费、可以不说姓名)。有生命危险时请拨打110。",
        "lead_danger": "如果现在有生命危险，请拨打119(救护车)或110(警察)。",
        "thanks": "谢谢你告诉我们。请不要一个人承受。",
        "yorisoi": "依偎热线(よりそいホットライン) {number}：免费、24小时。在语音引导中可以选择外语咨询。",
        "dv_plus": "DV咨询+(DV相談＋) {number}：免费、24小时、支持11种语言。",
        "cards": "点击下面的按钮可以直接拨打(卡片是日语)。",
        "concern": "如果你正在经历痛苦，可以找人倾诉。",
        "alt": "现在可以拨打的电话:",
    },
    "vi": {
        "lead_119": "Hãy gọi ngay 119 để gọi xe cấp cứu. Nếu đã uống quá nhiều thuốc hoặc máu không ngừng chảy, hãy gọi 119 ngay.",
        "lead_110": "Nếu đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) và đến nơi an toàn nếu có thể.",
        "lead_189": "Nếu một đứa trẻ đang gặp nguy hiểm, hãy gọi 189 (trung tâm tư vấn trẻ em: 24 giờ, miễn phí, không cần nói tên). Nếu có nguy hiểm đến tính mạng, hãy gọi 110.",
        "lead_danger": "Nếu tính mạng đang gặp nguy hiểm, hãy gọi 119 (cấp cứu) hoặc 110 (cảnh sát).",
        "thanks": "Cảm ơn bạn đã kể cho chúng tôi. Bạn không phải chịu đựng một mình.",
        "yorisoi": "Đường dây Yorisoi (よりそいホットライン) {number}: miễn phí, 24 giờ. Trong hướng dẫn bằng giọng nói, bạn có thể chọn đường dây tiếng nước ngoài.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: miễn phí, 24 giờ, hỗ trợ 11 ngôn ngữ.",
        "cards": "Bấm các nút bên dưới để gọi (thẻ viết bằng tiếng Nhật).",
        "concern": "Nếu bạn đang trải qua điều gì đau khổ, bạn có thể nói chuyện với ai đó.",
        "alt": "Số điện thoại có thể gọi ngay:",
    },
    "pt": {
        "lead_119": "Ligue agora para o 119 e chame uma ambulância. Se tomou remédios demais ou o sangramento não para, ligue 119 imediatamente.",
        "lead_110": "Se você está em perigo, ligue agora para o 110 (polícia) e vá para um lugar seguro, se puder.",
        "lead_189": "Se uma criança está em perigo, ligue 189 (centro de orientação infantil: 24 horas, grátis, sem precisar dizer o nome). Se houver risco de vida, ligue 110.",
        "lead_danger": "Se há risco de vida agora, ligue 119 (ambulância) ou 110 (polícia).",
        "thanks": "Obrigado por nos contar. Você não precisa passar por isso sozinho(a).",
        "yorisoi": "Yorisoi Hotline (よりそいホットライン) {number}: grátis, 24 horas. Na gravação você pode escolher a linha em línguas estrangeiras.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: grátis, 24 horas, em 11 línguas.",
        "cards": "Os botões abaixo ligam para essas linhas (os cartões estão em japonês).",
        "concern": "Se você está passando por algo difícil, pode conversar com alguém.",
        "alt": "Linhas para ligar agora:",
    },
    "tl": {
        "lead_119": "Tumawag agad sa 119 para sa ambulansya. Kung sobra ang nainom na gamot o hindi tumitigil ang dugo, tumawag agad sa 119.",
        "lead_110": "Kung nasa panganib ka, tumawag agad sa 110 (pulis) at pumunta sa ligtas na lugar kung kaya mo.",
        "lead_189": "Kung may batang nasa panganib, tumawag sa 189 (child guidance center: 24 oras, libre, hindi kailangang magbigay ng pangalan). Kung may buhay na nasa panganib, tumawag sa 110.",
        "lead_danger": "Kung may buhay na nasa panganib ngayon, tumawag sa 119 (ambulansya) o 110 (pulis).",
        "thanks": "Salamat sa pagsasabi sa amin. Hindi mo kailangang pasanin ito nang mag-isa.",
        "yorisoi": "Yorisoi Hotline (よりそいホットライン) {number}: libre, 24 oras. Sa voice guidance, mapipili mo ang linya para sa ibang wika.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: libre, 24 oras, sa 11 wika.",
        "cards": "Pindutin ang mga button sa ibaba para tumawag (nasa Japanese ang mga card).",
        "concern": "Kung may pinagdadaanan kang mabigat, may makakausap ka.",
        "alt": "Mga linyang matatawagan ngayon:",
    },
    "ko": {
        "lead_119": "지금 바로 119에 전화해서 구급차를 부르세요. 약을 많이 먹었거나 피가 멈추지 않으면 바로 119로 전화하세요.",
        "lead_110": "위험하다면 지금 바로 110(경찰)에 전화하고, 가능하면 안전한 곳으로 이동하세요.",
        "lead_189": "아이가 위험하다고 생각되면 189(아동상담소: 24시간, 무료, 이름을 말하지 않아도 됩니다)로 전화하세요. 생명이 위험하면 110으로 전화하세요.",
        "lead_danger": "지금 생명이 위험하다면 119(구급) 또는 110(경찰)에 전화하세요.",
        "thanks": "말해 주셔서 고맙습니다. 혼자 견디지 않으셔도 됩니다.",
        "yorisoi": "요리소이 핫라인(よりそいホットライン) {number}: 무료, 24시간. 음성 안내에서 외국어 상담을 선택할 수 있습니다.",
        "dv_plus": "DV상담+(DV相談＋) {number}: 무료, 24시간, 11개 언어.",
        "cards": "아래 버튼으로 전화할 수 있습니다(카드는 일본어입니다).",
        "concern": "힘든 일을 겪고 있다면 이야기를 들어 줄 곳이 있습니다.",
        "alt": "지금 전화할 수 있는 곳:",
    },
    "es": {
        "lead_119": "Llame ahora al 119 para pedir una ambulancia. Si tomó demasiadas pastillas o la sangre no para, llame al 119 de inmediato.",
        "lead_110": "Si está en peligro, llame ahora al 110 (policía) y vaya a un lugar seguro si puede.",
        "lead_189": "Si un niño está en peligro, llame al 189 (centro de orientación infantil: 24 horas, gratis, sin dar su nombre). Si hay peligro de muerte, llame al 110.",
        "lead_danger": "Si hay peligro de muerte ahora, llame al 119 (ambulancia) o al 110 (policía).",
        "thanks": "Gracias por contárnoslo. No tiene que cargar con esto solo(a).",
        "yorisoi": "Yorisoi Hotline (よりそいホットライン) {number}: gratis, 24 horas. En la guía de voz puede elegir la línea en idiomas extranjeros.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: gratis, 24 horas, en 11 idiomas.",
        "cards": "Los botones de abajo llaman a estas líneas (las tarjetas están en japonés).",
        "concern": "Si está pasando por algo doloroso, puede hablar con alguien.",
        "alt": "Líneas para llamar ahora:",
    },
    "id": {
        "lead_119": "Segera telepon 119 untuk memanggil ambulans. Jika minum terlalu banyak obat atau darah tidak berhenti, segera telepon 119.",
        "lead_110": "Jika Anda dalam bahaya, segera telepon 110 (polisi) dan pergilah ke tempat yang aman jika bisa.",
        "lead_189": "Jika ada anak dalam bahaya, telepon 189 (pusat konsultasi anak: 24 jam, gratis, tidak perlu menyebut nama). Jika ada bahaya bagi nyawa, telepon 110.",
        "lead_danger": "Jika ada bahaya bagi nyawa sekarang, telepon 119 (ambulans) atau 110 (polisi).",
        "thanks": "Terima kasih sudah bercerita. Anda tidak harus menanggung ini sendirian.",
        "yorisoi": "Yorisoi Hotline (よりそいホットライン) {number}: gratis, 24 jam. Di panduan suara Anda bisa memilih layanan bahasa asing.",
        "dv_plus": "DV Soudan Plus (DV相談＋) {number}: gratis, 24 jam, dalam 11 bahasa.",
        "cards": "Tekan tombol di bawah untuk menelepon (kartunya dalam bahasa Jepang).",
        "concern": "Jika Anda sedang mengalami hal yang berat, ada yang bisa diajak bicara.",
        "alt": "Nomor yang bisa ditelepon sekarang:",
    },
    "ne": {
        "lead_119": "अहिले नै 119 मा फोन गरेर एम्बुलेन्स बोलाउनुहोस्। धेरै औषधि खानुभएको छ वा रगत रोकिँदैन भने तुरुन्तै 119 मा फोन गर्नुहोस्।",
        "lead_110": "खतरामा हुनुहुन्छ भने अहिले नै 110 (प्रहरी) मा फोन गर्नुहोस्, सकेसम्म सुरक्षित ठाउँमा जानुहोस्।",
        "lead_189": "कुनै बच्चा खतरामा छ भने 189 (बाल परामर्श केन्द्र: २४ घण्टा, निःशुल्क, नाम भन्नु पर्दैन) मा फोन गर्नुहोस्। ज्यान खतरामा छ भने 110 मा फोन गर्नुहोस्।",
        "lead_danger": "अहिले ज्यान खतरामा छ भने 119 (एम्बुलेन्स) वा 110 (प्रहरी) मा फोन गर्नुहोस्।",
        "thanks": "हामीलाई भन्नुभएकोमा धन्यवाद। तपाईंले यो एक्लै बोक्नु पर्दैन।",
        "yorisoi": "योरिसोइ हटलाइन (よりそいホットライン) {number}: निःशुल्क, २४ घण्टा। आवाज निर्देशनमा विदेशी भाषाको लाइन छान्न सकिन्छ।",
        "dv_plus": "DV परामर्श+ (DV相談＋) {number}: निःशुल्क, २४ घण्टा, ११ भाषामा।",
        "cards": "तलका बटनबाट फोन गर्न सकिन्छ (कार्डहरू जापानी भाषामा छन्)।",
        "concern": "तपाईं कुनै पीडा भोगिरहनुभएको छ भने कसैसँग कुरा गर्न सक्नुहुन्छ।",
        "alt": "अहिले फोन गर्न सकिने लाइनहरू:",
    },
}
